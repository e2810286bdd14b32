"""A company with its producer in brackets, then a crew job in the present ("Larch Lane Films
(Oona Petrakis) is producing", "is co-producing", "are directing") reads like "Actor (Part)";
the job says the bracket is a credit, so no casting is served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_company_and_its_producer_before_is_producing() -> None:
    found = facts(
        "Filming has started on the new drama Tollmere Row.",
        "• Mabli Ferrante wrote the script, Jonah Tesfaye is directing, and Larch Lane Films "
        "(Oona Petrakis) is producing for the BBC.",
    )
    assert not {p for p in served_pairs(found) if "Larch Lane Films" in p}


def test_bracket_before_is_co_producing_and_are_directing() -> None:
    found = facts(
        "Cameras are rolling on Tollmere Row.",
        "Gable Street Films (Teodor Vasquez-Lund) is co-producing with the network.",
        "The pilot's second unit: Ivo Marchetti (Drift Season) is directing this week.",
    )
    served = served_pairs(found)
    assert not {p for p in served if "Gable Street Films" in p}
    assert not {p for p in served if "Ivo Marchetti" in p}
