""" "The user" after a handle's post is that handle; two handles leave it unnamed."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_the_user_after_a_handle_posted() -> None:
    found = facts(
        "On X, @reelfan_22 posted a photo of the cast on the final day. “They look so young,”"
        " the user wrote."
    )
    assert served_quotes(found) == [("They look so", "@reelfan_22")]


def test_the_poster_after_a_handle_shared() -> None:
    found = facts(
        "Fans marked the wrap of Salt Meadow online.",
        "@marshlight_fan shared a set photo on Instagram. “Best crew ever,” the poster added.",
    )
    assert served_quotes(found) == [("Best crew ev", "@marshlight_fan")]


def test_two_handles_leave_the_user_unnamed() -> None:
    found = facts(
        "Fans marked the wrap of Salt Meadow online.",
        "@marshlight_fan and @tidepool_9 both shared set photos. “Best crew ever,” the user wrote.",
    )
    assert all(not speaker.startswith("@") for _, speaker in served_quotes(found))
