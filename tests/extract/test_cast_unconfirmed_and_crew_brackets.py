"""A casting its own sentence says is not confirmed ("X's Y has still not been confirmed", "X (Y)
and Z (W) haven't been announced") is held; so is "Name (Name)" before a crew job, where the
bracket is a film-maker's earlier work ("X (Work) has been set to direct")."""

from __future__ import annotations

from bot.extract.castcrewbrackets import crew_bracket
from bot.facts import CastFact
from tests.extract.helpers import facts, held_pairs, served_pairs

_SET_TO_DIRECT = "Wenna Sorrel (Las Aguas Quietas) has been set to direct Hollin Marsh."


def test_a_bracketed_list_its_verb_denies_is_held() -> None:
    found = facts(
        "Dunmore Reach: everything we know.",
        "What’s still unclear: Oren Falk (Corvina) and Lyle Pardo (Mr Tessaly) haven’t been "
        "announced for the film, although Falk was seen near the set.",
    )
    assert not served_pairs(found)
    assert ("Oren Falk", "Corvina") in held_pairs(found)


def test_a_possessive_part_still_not_confirmed_is_held() -> None:
    found = facts(
        "Dunmore Reach: the wrap thread.",
        "Cass Tremayne is back as Nell. Oren Falk's Corvina has still not been officially "
        "confirmed, so please don't add him to the list yet.",
    )
    assert served_pairs(found) == {("Cass Tremayne", "Nell")}
    assert ("Oren Falk", "Corvina") in held_pairs(found)


def test_a_casting_then_another_clause_not_confirmed_is_served() -> None:
    found = facts(
        "Dunmore Reach: the wrap thread.",
        "Oren Falk plays Corvina, and a second film has not been confirmed.",
    )
    assert ("Oren Falk", "Corvina") in served_pairs(found)


def test_a_directors_bracketed_earlier_work_is_no_part() -> None:
    found = facts(
        "Hollin Marsh finds its director.",
        "Wenna Sorrel (Las Aguas Quietas) has been set to direct Hollin Marsh, with Danish star "
        "Ysolde Brack attached to play the heroine’s mother.",
        "Sorrel’s previous feature, the river-set Las Aguas Quietas, won a prize in 2024.",
        title="Wenna Sorrel To Direct ‘Hollin Marsh’ With Ysolde Brack Set To Star",
    )
    assert not served_pairs(found)


def test_a_bracket_before_a_crew_job_is_held_whichever_way_read() -> None:
    read = CastFact("Wenna Sorrel", "Las Aguas Quietas", _SET_TO_DIRECT)
    reversed_read = CastFact("Las Aguas Quietas", "Wenna Sorrel", _SET_TO_DIRECT)
    assert not crew_bracket(read).served
    assert not crew_bracket(reversed_read).served


def test_a_bracket_before_a_part_is_not_held() -> None:
    evidence = "Corvina (Wenna Sorrel) has been set to play the lighthouse scene alone."
    assert crew_bracket(CastFact("Wenna Sorrel", "Corvina", evidence)).served


def test_a_bracketed_actor_before_a_casting_verb_is_still_a_part() -> None:
    found = facts(
        "Hollin Marsh review: a quiet triumph.",
        "Back at the harbour, Corvina (Wenna Sorrel) has been set to play the lighthouse scene "
        "alone, and it is the best thing in the film.",
    )
    assert ("Wenna Sorrel", "Corvina") in served_pairs(found)
