"""A release verb whose object is news or publicity ("released a statement on Monday", "put out
a press release this morning") dates that piece, not the film; the film put out is still its
release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str) -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date="2025-10-13")  # fmt: skip


def test_a_statement_put_out_on_a_day_is_no_premiere() -> None:
    for text in (
        "Tidewell Pictures put out a statement this morning about the edit.",
        "Tidewell Pictures released a statement on Monday saying the cut is locked.",
        "The studio issued and put out a press release on 2 October.",
        "Tidewell dropped its first poster on 9 October.",
    ):
        assert not {k for k, _ in _days(text) if k == "premiere_date"}, text


def test_the_film_put_out_on_a_day_is_still_its_premiere() -> None:
    assert ("premiere_date", "2026-03-06") in _days(
        "Tidewell Pictures will put out the film on 6 March 2026."
    )
    assert ("premiere_date", "2025-10-17") in _days("Copper Bay is out on Friday.")
