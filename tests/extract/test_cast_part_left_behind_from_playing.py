"""A career told as a move away from a past part ("a long way from playing Y in Z", "went from
playing Y in Z to ..."): Z's part, never this work's (invented articles)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_OURS = "Brindle Cove begins in May. Ansel Voss and Kira Mott star."


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_long_way_from_playing_a_part_in_another_film() -> None:
    found = facts(
        _OURS,
        "Voss, meanwhile, has come a long way from playing the young Percy Lund in Stoneharbour.",
        title="Brindle Cove",
    )
    assert ("Ansel Voss", "Percy Lund") not in _served(found)


def test_went_from_playing_a_part_in_another_film() -> None:
    found = facts(
        _OURS,
        "Ansel Voss went from playing Percy Lund in Stoneharbour to leading a series.",
        title="Brindle Cove",
    )
    assert ("Ansel Voss", "Percy Lund") not in _served(found)


def test_playing_a_part_in_our_own_series_stays() -> None:
    found = facts(
        _OURS,
        "Ansel Voss will play Percy Lund in Brindle Cove.",
        title="Brindle Cove",
    )
    assert ("Ansel Voss", "Percy Lund") in _served(found)
