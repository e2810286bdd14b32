"""Crew credits written in less common ways, on invented text: letters after a name, a book
named with the production's title, "edited it" in a list of credits."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_letters_after_a_name_are_not_a_company() -> None:
    for text, role in (
        (
            "Original music is by Ola Berg, cinematography by Sun Eide and casting by Jo Penn CDG.",
            "casting_director",
        ),
        ("The film is shot by Sun Eide BSC and edited by Jo Penn ACE.", "editor"),
    ):
        assert (role, "Jo Penn") in credits(facts("Harbour Lights news.", text))


def test_a_company_in_capitals_stays_no_one() -> None:
    found = facts("Harbour Lights news.", "The film is produced by Kite Pictures UK.")
    assert not credits(found)


def test_a_book_named_with_our_title_credits_its_author() -> None:
    for text in (
        "Pell directs from a screenplay adapted from Ada Pell’s third Harbour Lights novel.",
        "It follows Ada Pell's first Harbour Lights graphic novel closely.",
    ):
        found = facts("Harbour Lights news.", text, title="Harbour Lights film adds cast")
        assert ("author", "Ada Pell") in credits(found)


def test_a_book_of_another_series_credits_no_author() -> None:
    found = facts(
        "Harbour Lights news.",
        "Pell directs, adapting Ada Pell’s first Dry Dock novel.",
        title="Harbour Lights film adds cast",
    )
    assert ("author", "Ada Pell") not in credits(found)


def test_edited_it_in_a_list_of_credits() -> None:
    for text in (
        "Ola Berg shot the film, Sun Eide edited it, and Jo Penn returns to compose the score.",
        "Sun Eide edited the film and Ola Berg scored it.",
    ):
        assert ("editor", "Sun Eide") in credits(facts("Harbour Lights news.", text))


def test_edited_it_about_something_else_is_no_credit() -> None:
    found = facts("Harbour Lights news.", "Ada Pell wrote the essay and Sun Eide edited it.")
    assert ("editor", "Sun Eide") not in credits(found)
