"""A successor named against a leaver: the leaver had the successor's one part, and a
successor "replacing him" takes the part the sentence before says was left."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _status(found: ArticleFacts, actor: str, part: str) -> CastStatus | None:
    for fact in found.cast:
        if fact.actor == actor and fact.character == part and fact.served:
            return fact.status
    return None


def test_the_one_replaced_had_the_successors_part() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Ferry captain Odile Marsh, now played by Priya Denholm, has a bigger story this year. "
        "Denholm replaces Sorcha Velden, who left the show in March.",
        "Cedric Ames now plays Abel Finch. Ames succeeded Bram Ostrowski.",
    )
    assert _status(found, "Sorcha Velden", "Odile Marsh") is CastStatus.FORMER
    assert _status(found, "Bram Ostrowski", "Abel Finch") is CastStatus.FORMER
    assert _status(found, "Priya Denholm", "Odile Marsh") is CastStatus.CURRENT


def test_one_replaced_who_was_only_a_rival_is_no_leaver() -> None:
    found = facts(
        "Copper Bay returns in June. Cedric Ames plays Abel Finch. Ames replaced Bram Ostrowski, "
        "who had been the favourite for the part.",
    )
    assert all(fact.actor != "Bram Ostrowski" for fact in found.cast)


def test_a_successor_replacing_him_takes_the_part_just_left() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Lorcan Teague, who was cast as harbour pilot Silas Grey in May, has left the film after "
        "breaking his wrist.",
        "The part has been recast, with Ewan Maddox-Reid replacing him.",
    )
    assert _status(found, "Lorcan Teague", "Silas Grey") is CastStatus.FORMER
    assert _status(found, "Ewan Maddox-Reid", "Silas Grey") is CastStatus.CURRENT
    second = facts(
        "Copper Bay returns in June. Nadia Crowe, who was cast as Hester Lamb last spring, has "
        "quit the production. It was quickly recast, with Imogen Saule replacing her.",
    )
    assert _status(second, "Imogen Saule", "Hester Lamb") is CastStatus.CURRENT


def test_no_single_part_just_left_gives_the_successor_nothing() -> None:
    found = facts(
        "Copper Bay returns in June. Lorcan Teague plays Silas Grey and Nadia Crowe plays Hester "
        "Lamb. Both have since left the show.",
        "The roles were recast, with Ewan Maddox-Reid replacing them.",
    )
    assert all(fact.actor != "Ewan Maddox-Reid" for fact in found.cast)
