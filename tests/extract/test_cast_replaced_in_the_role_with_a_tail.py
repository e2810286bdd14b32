""" "Y replaced Z in the role" followed by when or why ("in March after Z broke a wrist") still
makes Z the part's former actor; without "in the role" a tail says nothing of a departure."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _former(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(f.actor, f.character) for f in found.cast if f.status is CastStatus.FORMER}


def test_a_time_and_a_reason_after_in_the_role() -> None:
    found = facts(
        "Everything we know about Copper Bay.",
        "Juno Marsh, played by Edda Marlowe: the harbourmaster's daughter. Marlowe replaced "
        "Priya Castellan in the role in March after Castellan broke her wrist on set.",
    )
    assert ("Priya Castellan", "Juno Marsh") in _former(found)


def test_a_reason_alone_after_in_the_part() -> None:
    found = facts(
        "Harrow Lane: the cast so far.",
        "Tobias Hale plays Abner Quaile. Hale replaced Ruben Osgood in the part because "
        "Osgood's stage run was extended.",
    )
    assert ("Ruben Osgood", "Abner Quaile") in _former(found)


def test_no_departure_without_in_the_role() -> None:
    found = facts(
        "Harrow Lane: the cast so far.",
        "Tobias Hale plays Abner Quaile. Hale replaced Ruben Osgood after a long audition.",
    )
    assert ("Ruben Osgood", "Abner Quaile") not in _former(found)
