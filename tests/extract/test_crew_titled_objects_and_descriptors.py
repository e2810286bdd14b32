"""Crew credits with the production's title as a verb's object ("X wrote and directed Title"),
"X is producer", a passive credit with a short phrase before "by" ("shot on 35mm by X"), and a
novelist or author named as a co-writer's description, which is no author credit."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_wrote_and_directed_the_articles_own_title_credits_both_roles() -> None:
    found = facts(
        "The Copper Gate cast arrived in Sligo on Friday.",
        "Hollin Marsh wrote and directed Copper Gate, which she shot in Sligo.",
        title="Copper Gate to open the festival",
    )
    assert {("director", "Hollin Marsh"), ("writer", "Hollin Marsh")} <= credits(found)
    found = facts(
        "Inside ‘Lantern Street’, the year's strangest romance.",
        "Bram Ostler directed “Lantern Street” in Lisbon over six weeks.",
        title="Inside ‘Lantern Street’, the year's strangest romance",
    )
    assert ("director", "Bram Ostler") in credits(found)


def test_a_title_the_article_is_not_about_credits_nothing() -> None:
    found = facts(
        "Bram Ostler directed Harrow Quay in 2019, and now turns to comedy.",
        title="‘Lantern Street’ casts its leads",
    )
    assert ("director", "Bram Ostler") not in credits(found)
    found = facts(
        "Rana Toll directed Glass Hours in 2019. Her new film, Moth Season, starts in May.",
        title="‘Glass Hours’ director Rana Toll returns with a comedy",
    )
    assert ("director", "Rana Toll") not in credits(found)


def test_is_producer_without_an_article_credits_the_producer() -> None:
    found = facts("Tilde Ramm is producer; the editor is Oskar Pell.")
    assert ("producer", "Tilde Ramm") in credits(found)
    found = facts("Joss Kerrow is the producer, and shooting starts in June.")
    assert ("producer", "Joss Kerrow") in credits(found)


def test_producer_of_something_else_is_no_credit() -> None:
    assert credits(facts("Tilde Ramm is the producer of a radio quiz in Hull.")) == set()


def test_a_short_phrase_before_by_keeps_the_passive_credit() -> None:
    found = facts("The drama was shot on 35mm by Edda Kvist in the old harbour.")
    assert credits(found) == {("cinematographer", "Edda Kvist")}
    found = facts("The pilot was directed in sequence by Nils Arnarson.")
    assert credits(found) == {("director", "Nils Arnarson")}


def test_a_novelist_who_co_wrote_the_script_is_a_writer_not_the_author() -> None:
    found = facts("Mira Oduya co-wrote the screenplay with the Welsh novelist Gethin Pryce.")
    assert credits(found) == {("writer", "Mira Oduya"), ("writer", "Gethin Pryce")}
    found = facts("Lior Katz wrote the script with author Dana Veil over two winters.")
    assert ("author", "Dana Veil") not in credits(found)


def test_a_novelist_adapting_their_own_book_is_still_the_author() -> None:
    found = facts("The series was written by novelist Gethin Pryce, from his own book.")
    assert {("author", "Gethin Pryce"), ("writer", "Gethin Pryce")} <= credits(found)
