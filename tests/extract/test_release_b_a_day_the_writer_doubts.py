"""A shoot's day the writer doubts as they name it ("wrapped this week, apparently on
Thursday") is hedged; the same day told plainly is not. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2025-09-20")
    return {
        (str(r.date), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "filming_wrapped"
    }


def test_an_apparent_day_is_hedged() -> None:
    lede = "Filming on Quillmere Down wrapped this week, apparently on Thursday."
    assert _wraps(lede) == {("2025-09-18", True)}


def test_a_plain_day_is_not() -> None:
    lede = "Filming on Quillmere Down wrapped on Thursday."
    assert _wraps(lede) == {("2025-09-18", False)}
