"""After a list of names, "as the cast of Glasnant Bay arrived for the gala" is a clause (when they
arrived), never "Glasnant Bay" as anyone's part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_as_a_clause_whose_verb_takes_a_preposition_is_no_part() -> None:
    for sentence in (
        "Fans screamed for Dai Murn and Gwenfair Tysoe as the cast of Glasnant Bay arrived for the"
        " gala.",
        "Fans cheered Gwenfair Tysoe as the cast of Glasnant Bay gathered at the cinema.",
    ):
        found = pairs(facts("It rained at the Cardiff gala on Tuesday.", sentence))
        assert not {a for a, _ in found} & {"Dai Murn", "Gwenfair Tysoe"}, sentence


def test_a_part_after_as_stays() -> None:
    found = pairs(facts("Gwenfair Tysoe stars as Cadi Rudgley in Glasnant Bay, out in May."))
    assert ("Gwenfair Tysoe", "Cadi Rudgley") in found
