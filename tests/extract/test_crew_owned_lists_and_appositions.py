"""Producers listed "alongside Lumen Films’ A, B and C", and a director named with an apposition
("X, the Y and Z filmmaker, directs")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_list_alongside_a_companys_people_shares_the_credit() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Creator Odile Farrant executive produces alongside Lumen Films’ Tobin Gale, Nell Marr "
        "and Bram Okafor.",
    )
    assert {n for r, n in credits(found) if r == "executive_producer"} == {
        "Odile Farrant",
        "Tobin Gale",
        "Nell Marr",
        "Bram Okafor",
    }
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Farrant produces alongside Northgate’s Ivo Brandt and Cass Morrow, with Viggo Strand "
        "directing.",
    )
    assert {"Ivo Brandt", "Cass Morrow"} <= {n for r, n in credits(found) if r == "producer"}


def test_with_a_companys_name_is_not_a_person() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Tobin Gale produces with Lisbon’s Studio Onda.",
    )
    assert ("producer", "Studio Onda") not in credits(found)


def test_a_director_named_with_an_apposition_directs() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Viggo Strand, the Moor Road and Salt Creek filmmaker, directs from a screenplay by "
        "Nell Marr.",
    )
    assert {("director", "Viggo Strand"), ("writer", "Nell Marr")} <= credits(found)
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Ivo Brandt, the Danish composer, is scoring the film.",
    )
    assert ("composer", "Ivo Brandt") in credits(found)


def test_back_as_composer_is_a_credit_not_a_part() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Editor Tobin Gale is cutting the film, Ivo Brandt is back as composer, and Nell Marr "
        "is the casting director.",
    )
    assert ("composer", "Ivo Brandt") in credits(found)
    assert not any(c.actor == "Ivo Brandt" for c in found.cast)


def test_a_work_which_one_wrote_with_another_credits_both_writers() -> None:
    found = facts(
        "Harrow Fields premiered in Venice on Friday.",
        "The film, which Odile Farrant wrote with the playwright Cass Morrow, follows a farrier.",
    )
    assert {n for r, n in credits(found) if r == "writer"} == {"Odile Farrant", "Cass Morrow"}
    found = facts(
        "Harrow Fields premiered in Venice on Friday.",
        "The series, which Odile Farrant produced with Northgate Pictures, airs in May.",
    )
    assert ("producer", "Northgate Pictures") not in credits(found)
