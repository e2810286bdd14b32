"""A release date said to be unknown in words the older forms missed: a channel that "did not
give a broadcast date", or a date that "would be announced in due course". On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Filming starts on Tidebrook Lane"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-02-09", title=_TITLE)


_LEDE = "Cameras are rolling in Norfolk on Tidebrook Lane, a four-part drama starring Ada Quarle."


def test_a_channel_that_gave_no_broadcast_date() -> None:
    kinds = _kinds(_LEDE, "The channel did not give a broadcast date for the drama.")
    assert ("not_announced", "", False) in kinds


def test_a_streamer_that_named_no_launch_date() -> None:
    kinds = _kinds(_LEDE, "The streamer didn't name a launch date.")
    assert ("not_announced", "", False) in kinds


def test_a_date_that_would_be_announced_in_due_course() -> None:
    kinds = _kinds(
        _LEDE, "A spokesperson said a title and release date would be announced in due course."
    )
    assert ("not_announced", "", False) in kinds


def test_a_date_that_would_be_confirmed_later() -> None:
    kinds = _kinds(_LEDE, "The broadcaster said the premiere date would be confirmed later.")
    assert ("not_announced", "", False) in kinds
