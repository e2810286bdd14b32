"""A sentence whose subject is another title told as made by someone ("Copper Sound was
created by Ada Vale and Kit Moss") credits that work's makers, not ours; our own title so told
keeps its maker."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Quillon Row: six things we learned from the harbour panel"
_LEDE = "The cast and makers of Quillon Row took questions at the harbour festival on Saturday."


def _credits(aside: str) -> set[tuple[str, str]]:
    found = facts(
        _LEDE,
        "1. Director Tomas Brenn said a fan had called it a lock-keeper's Copper Sound.",
        aside,
        "2. The lock was real. The crew shot in a working one near the quay.",
        date="2026-05-04",
        title=_TITLE,
    )
    return served_credits(found)


def test_another_title_told_as_made_keeps_its_makers() -> None:
    found = _credits("(To be fair, Copper Sound was created by Ada Vale and Kit Moss.)")
    assert ("creator", "Ada Vale") not in found


def test_our_title_told_as_made_keeps_its_maker() -> None:
    found = _credits("(To be fair, Quillon Row was created by Ada Vale and Kit Moss.)")
    assert ("creator", "Ada Vale") in found
