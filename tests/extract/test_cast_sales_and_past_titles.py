"""A territory and its distributor in brackets in a sales sentence are no casting, and a work
told with two clauses ("which it released in May and which starred X as Y") casts that work."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_territories_and_their_buyers_in_brackets_are_no_parts() -> None:
    found = facts(
        "Copper Bay stars Ada Vale as Mira Holt.",
        "Saltmarsh Sales has also closed deals for Portugal (Lusomundo Filmes), Greece (Odeon "
        "Hellas) and Scandinavia (Nordvik).",
        title="‘Copper Bay’ sells widely",
    )
    assert pairs(found) == {("Ada Vale", "Mira Holt")}
    second = facts(
        "Copper Bay stars Ada Vale as Mira Holt.",
        "The drama has pre-sold to Poland (Gutek Kino) and Austria (Filmladen Wien).",
        title="‘Copper Bay’ sells widely",
    )
    assert pairs(second) == {("Ada Vale", "Mira Holt")}


def test_a_bracketed_cast_list_still_reads() -> None:
    found = facts(
        "Copper Bay stars Ada Vale as Mira Holt.",
        "The film also stars Ines (Halvard Strøm) and Greta (Mirela Toth).",
        title="‘Copper Bay’ sets its cast",
    )
    assert ("Halvard Strøm", "Ines") in pairs(found)


def test_a_work_told_in_two_clauses_casts_that_work() -> None:
    found = facts(
        "Copper Bay stars Ada Vale as Mira Holt.",
        "The distributor’s recent titles include Ivo Brandt’s Grachten, which it released last "
        "spring and which starred Vale as a canal pilot, Bas.",
        title="‘Copper Bay’ lands a distributor",
    )
    assert pairs(found) == {("Ada Vale", "Mira Holt")}
    second = facts(
        "Copper Bay stars Ada Vale as Mira Holt.",
        "Its last release was Zomerlicht, which opened in June and which starred Vale as Ines.",
        title="‘Copper Bay’ lands a distributor",
    )
    assert pairs(second) == {("Ada Vale", "Mira Holt")}
