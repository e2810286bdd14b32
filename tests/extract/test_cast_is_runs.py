""" "X is Mira, Y is Gus": a run of bare "is" clauses is a cast roll; one "is" alone, or a
nationality or job after it, is no part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_run_of_is_clauses_casts_each() -> None:
    found = facts(
        "Quillon Bay returns to Netflix next month for its second series.",
        "For anyone new: Brisa Quenneville is Maud, Idris Vantongeren is Osric, and Wren "
        "Hartcaster is Tamsin.",
        title="Quillon Bay: everything we know",
    )
    assert {
        ("Brisa Quenneville", "Maud"),
        ("Idris Vantongeren", "Osric"),
        ("Wren Hartcaster", "Tamsin"),
    } <= served_pairs(found)


def test_lone_is_or_nationality_is_no_part() -> None:
    found = facts(
        "Quillon Bay returns to Netflix next month for its second series.",
        "Brisa Quenneville is Welsh, Idris Vantongeren is Dutch. Marlow Tench is Osric.",
        title="Quillon Bay: everything we know",
    )
    assert not served_pairs(found)
