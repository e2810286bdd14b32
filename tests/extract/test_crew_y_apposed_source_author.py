"""A credited writer set off as the author (or creator) of the books the work comes from ("X, the
author of the graphic novels, wrote the screenplay"; "from a script by X, the creator of the show
and author of the novels it is based on") is their author too, as after a passive "Written by";
books named with a title after them are other books, and a name the sentence credits with
nothing here gets no post from the apposition alone."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Tollmoor, the film that ends the lighthouse drama, opens in cinemas in March."


def test_the_writers_apposition_names_her_the_books_author() -> None:
    crew = served_crew(
        _LEDE, "Nessa Quill, the author of the graphic novels, wrote the screenplay."
    )
    assert ("writer", "Nessa Quill") in crew
    assert ("author", "Nessa Quill") in crew


def test_a_script_by_with_creator_and_author_after_it() -> None:
    crew = served_crew(
        _LEDE,
        "Jory Pell directs from a script by Nessa Quill, the creator of the show and author of"
        " the novels it is based on.",
    )
    assert ("author", "Nessa Quill") in crew
    assert ("creator", "Nessa Quill") in crew


def test_the_creator_of_the_books_is_their_author() -> None:
    crew = served_crew(
        _LEDE, "The screenplay is by Nessa Quill, the creator of the original comic books."
    )
    assert ("author", "Nessa Quill") in crew
    assert ("creator", "Nessa Quill") not in crew


def test_books_with_their_titles_after_are_other_books() -> None:
    crew = served_crew(
        _LEDE,
        "Nessa Quill, the author of the novels Harrowgate and Fell, wrote the screenplay.",
    )
    assert ("writer", "Nessa Quill") in crew
    assert ("author", "Nessa Quill") not in crew


def test_an_uncredited_name_gets_no_post_from_the_apposition() -> None:
    crew = served_crew(_LEDE, "Nessa Quill, the author of the novels, met the cast in Leeds.")
    assert ("author", "Nessa Quill") not in crew


def test_a_passive_credits_apposition_is_read_once_as_such() -> None:
    crew = served_crew(
        _LEDE,
        "Written by Nessa Quill, the creator of the comic books and the radio series, the film"
        " shoots in May.",
    )
    assert ("creator", "Nessa Quill") in crew
    assert ("author", "Nessa Quill") not in crew
