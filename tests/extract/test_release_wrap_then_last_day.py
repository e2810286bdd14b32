"""A wrap told, then its last day given in the same sentence: "Filming has wrapped (the last day
was 20 February)": wrapped on that day."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay"


def test_a_wrap_then_its_last_day_dates_the_wrap() -> None:
    for sentence in (
        "Filming on Copper Bay has wrapped — the last day was 20 February — and the cast left.",
        "The shoot has finished; the final day was Friday 20 February.",
        "Shooting is over (its last day was February 20), and the edit has begun.",
        "Principal photography has ended, the final day of filming was 20 February.",
    ):
        found = release_kinds(sentence, date="2026-03-15", title=_TITLE)
        assert ("filming_wrapped", "2026-02-20", False) in found, sentence


def test_a_last_day_still_to_come_is_no_wrap() -> None:
    for sentence in (
        "Filming on Copper Bay has not wrapped yet; the last day will be 20 April.",
        "The shoot is nearly finished — the last day is 20 April.",
    ):
        found = release_kinds(sentence, date="2026-03-15", title=_TITLE)
        assert ("filming_wrapped", "2026-04-20", False) not in found, sentence


def test_a_last_day_of_something_else_is_no_wrap() -> None:
    sentence = "Filming has wrapped, and the last day of school was 20 February for the cast."
    found = release_kinds(sentence, date="2026-03-15", title=_TITLE)
    assert ("filming_wrapped", "2026-02-20", False) not in found
