"""A sentence opening on "Its" right after one about another work ("Sky's comedy Tin Lofts,
about ..., climbed the chart. Its creator, A, ...") goes on about that work; after a sentence about
our own work, "its" is ours."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Lumen Tide leads the youth drama nominations"


def _creators(*middle: str) -> set[str]:
    found = facts(
        "The Lumen Tide film picks up four nominations ahead of next month’s ceremony.",
        *middle,
        date="2027-11-02",
        title=TITLE,
    )
    return {c.name for c in found.crew if c.served and c.role.value == "creator"}


def test_its_creator_after_another_works_sentence_is_not_ours() -> None:
    creators = _creators(
        "Sky’s comedy Tin Lofts, about two sisters running a bakery, climbed into the streaming "
        "top ten. Its creator, Nell Quarry, called the response a lovely surprise."
    )
    assert "Nell Quarry" not in creators


def test_its_creator_after_our_works_sentence_is_ours() -> None:
    creators = _creators(
        "Lumen Tide is up for best drama. Its creator, Ada Vell, is nominated for writing."
    )
    assert "Ada Vell" in creators
