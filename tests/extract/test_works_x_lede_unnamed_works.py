"""A newsletter's headline may name two works while its lede names only one: the other's words
then count as no words of the article's work. But where the lede tells of a work by its kind
alone ("This week: a Cornish mining drama gets its cast, Tallow Bay finds a date"), naming one
singles out none, and the first item's credits stay the page's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_HEADLINE = "The Sunday Slate: Pendeen Deep casts up; Tallow Bay dated"
_ITEMS = (
    "1. Pendeen Deep finds its miners",
    "Kernow Films has cast its new five-part drama Pendeen Deep, about a tin mine in 1890.",
    "The series is written by Truro novelist Loveday Trescothick and directed by Idris Penhallow.",
    "2. Tallow Bay returns 9 March",
    "The cosy crime hit Tallow Bay is back for season three on Monday 9 March at 8pm.",
    "That's all for this week.",
)


def _credits(lede: str) -> set[tuple[str, str]]:
    return served_credits(facts(lede, "By Morwenna Jago", *_ITEMS, title=_HEADLINE))


def test_a_lede_telling_a_work_by_its_kind_keeps_the_first_items_credits() -> None:
    found = _credits(
        "This week: a Cornish mining drama gets its cast, Tallow Bay finds a date, and more."
    )
    assert ("director", "Idris Penhallow") in found


def test_a_lede_naming_only_the_other_work_still_sets_the_first_item_apart() -> None:
    found = _credits("This week: Tallow Bay finds a date, and the rest of the news.")
    assert ("director", "Idris Penhallow") not in found
