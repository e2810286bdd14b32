"""A title-cased headline lists the new cast; the body calls them by surname alone. Invented
text (none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_surnames_resolve_to_the_items_of_a_headline_list() -> None:
    found = facts(
        "Three actors have boarded the sequel ahead of an autumn shoot.",
        "Teller Vance will play Rook Almeda, a first-year. Osei has been cast as Nadia Pell, "
        "and Brannock will play Professor Lyle Stamp.",
        title="‘Copper Bay’ Sequel Adds Teller Vance, Ama Osei & Dorian Brannock To Cast",
    )
    assert pairs(found) == {
        ("Teller Vance", "Rook Almeda"),
        ("Ama Osei", "Nadia Pell"),
        ("Dorian Brannock", "Professor Lyle Stamp"),
    }


def test_a_headline_verb_marks_where_a_lone_name_starts() -> None:
    found = facts(
        "The streamer has found its villain.",
        "Quarrie will play Silas Fenn, the harbour master.",
        title="Netflix Taps Ines Quarrie For Thriller ‘Salt Road’",
    )
    assert pairs(found) == {("Ines Quarrie", "Silas Fenn")}


def test_a_run_of_capitals_with_no_marked_start_names_nobody() -> None:
    found = facts(
        "The streamer has found its villain.",
        "Quarrie will play Silas Fenn, the harbour master.",
        title="Thriller Star Ines Quarrie Boards ‘Salt Road’",
    )
    assert ("Ines Quarrie", "Silas Fenn") not in pairs(found)
