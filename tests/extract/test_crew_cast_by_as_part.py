""" "Cast by X as Part": X chose an actor for a part (a showrunner, a director, a producer), which
is no casting director's credit (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew


def test_an_actor_cast_by_a_showrunner_as_a_part_gives_no_casting_credit() -> None:
    found = credits_of(
        "Marla Quince stars in the drama Lantern Bay, out in June.",
        "In 2019 she was cast by Oren Blackwood as Captain Tessaly in the revival of Starfall.",
    )
    assert ("casting_director", "Oren Blackwood") not in found


def test_a_clause_of_who_was_cast_by_a_director_as_a_part() -> None:
    found = credits_of(
        "Lantern Bay, the new drama from Copperline, arrives in June.",
        "Its lead, Dov Pellam, who was cast by Wren Hallory as the lighthouse keeper Amos, "
        "trained for months.",
    )
    assert ("casting_director", "Wren Hallory") not in found


def test_a_plain_cast_by_credit_is_still_the_casting_director() -> None:
    assert ("casting_director", "Hettie Morrow") in served_crew(
        "Lantern Bay, the new drama from Copperline, arrives in June.",
        "The series was cast by Hettie Morrow, who found its young leads in open auditions.",
    )


def credits_of(*paragraphs: str) -> set[tuple[str, str]]:
    """(role, name) for every credit, served or held."""
    return credits(facts(*paragraphs))
