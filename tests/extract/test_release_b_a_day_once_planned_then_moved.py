"""A day told as what was once to be ("a listing saying the drama would launch on 12 October") and
then moved in the same sentence ("; the channel pushed it back a week") is the old plan, not
the release. A day the release was moved to ("now arrives on 19 October after the channel pushed
it back") is the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Viewers are hooked on Brineholt, the channel's new coastal drama."


def test_a_planned_day_the_sentence_then_moves_is_not_served() -> None:
    for sentence in (
        "A few viewers were thrown by an online listing saying the drama would launch on 12"
        " October; the channel pushed it back a week to dodge the football.",
        "A listing had the show down to launch on 12 October; the channel moved it back a week.",
    ):
        found = release_kinds(_LEDE, sentence, date="2025-10-20")
        assert not any(when == "2025-10-12" for _, when, _ in found), sentence


def test_the_day_it_was_moved_to_is_served() -> None:
    found = release_kinds(
        _LEDE,
        "It now arrives on 19 October after the channel pushed it back a week.",
        date="2025-10-02",
    )
    assert ("premiere_date", "2025-10-19", False) in found
