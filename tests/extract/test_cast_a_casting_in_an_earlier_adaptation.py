"""A casting told after the source was "previously adapted" or "first filmed" ("Orr's novel was
previously adapted for radio in 2004, with Ada Vell as Nell") is the earlier version's, not the
new production's; a casting with no earlier version in its sentence stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "In pictures: first look at The Orchard Letters"
_LEDE = "Vela's The Orchard Letters arrives in March."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_casting_in_an_earlier_adaptation_is_not_ours() -> None:
    for sentence in (
        "Orr’s novel was previously adapted for BBC radio in 2004, with Ada Vell as Nell.",
        "The book was first filmed in 1988, starring Ada Vell as Nell Carrow.",
    ):
        cast = _cast(sentence)
        assert not any(actor == "Ada Vell" for actor, _ in cast), sentence


def test_a_casting_in_the_new_version_stays() -> None:
    cast = _cast("9 of 9: Rin Soto as Nell Carrow in the walled garden.")
    assert ("Rin Soto", "Nell Carrow") in cast
