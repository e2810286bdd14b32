"""Crew kinds of failure met in blind batch 8, each on invented text (none of its names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_company_before_a_later_listed_producer_keeps_the_list_going() -> None:
    found = facts(
        "Tamsin Rook and Ivo Bell exec produce with Pell, Lumen Films’ Ana Ruiz, Rob Kwan and "
        "Dee Marsh, and Oren Vale.",
        title="Harbour Lights film adds producers",
    )
    names = {name for role, name in credits(found) if role == "executive_producer"}
    assert {"Ana Ruiz", "Rob Kwan", "Dee Marsh", "Oren Vale"} <= names


def test_a_company_named_first_after_with_is_not_a_producer() -> None:
    found = facts(
        "Ada Pell, who produced the film for Lumen Films with Lisbon’s Studio Onda, called it a "
        "labour of love.",
        title="Harbour Lights wraps",
    )
    assert ("producer", "Ada Pell") in credits(found)
    assert not any(name.endswith("Onda") for _, name in credits(found))


def test_who_produced_the_film_is_a_producer_but_not_of_a_named_other_film() -> None:
    ours = facts("“It was hard,” said Ada Pell, who produced the film in Leeds.")
    other = facts("“It was hard,” said Ada Pell, who produced the film Dry Dock in 2019.")
    assert ("producer", "Ada Pell") in credits(ours)
    assert ("producer", "Ada Pell") not in credits(other)


def test_a_co_writer_after_the_and_an_origin_is_a_writer() -> None:
    for text in (
        "Pell co-wrote the script with the Scottish playwright Oren Vale, who grew up nearby.",
        "Pell wrote the screenplay with a Welsh novelist Oren Vale.",
    ):
        found = facts("Ada Pell directs Harbour Lights.", text)
        assert ("writer", "Oren Vale") in credits(found)


def test_a_passive_credit_with_its_verb_left_out_credits_the_second_name() -> None:
    found = facts(
        "Parts one and two are directed by Ana Ruiz and parts three to five by Rob Kwan.",
        title="Harbour Lights series gets directors",
    )
    assert {("director", "Ana Ruiz"), ("director", "Rob Kwan")} <= credits(found)


def test_a_second_passive_verb_is_not_left_out() -> None:
    for text in (
        "The film is written by Ana Ruiz and the rest shot by Rob Kwan.",
        "The series is written by Ana Ruiz and the remaining episodes edited by Rob Kwan.",
    ):
        assert ("writer", "Rob Kwan") not in credits(facts(text))


def test_a_score_being_done_by_someone_is_a_composer_credit() -> None:
    for text in (
        "The score is being done by Oren Vale, who scored Dry Dock.",
        "The music is being handled by Oren Vale.",
    ):
        assert ("composer", "Oren Vale") in credits(facts("Ada Pell directs Harbour Lights.", text))


def test_a_writer_adapting_their_own_book_is_its_author() -> None:
    for text in (
        "Creator Ada Pell wrote the screenplay, adapting their upcoming fourth novel.",
        "Ada Pell penned the script herself, drawing on her own memoir.",
    ):
        assert ("author", "Ada Pell") in credits(facts("Harbour Lights starts filming.", text))


def test_whose_book_of_our_work_is_an_author_but_not_of_another() -> None:
    ours = facts(
        "Harbour Lights arrives on Friday.",
        "Pell, who wrote the screenplay and whose fifth Harbour Lights novel is due in May, "
        "was delighted.",
        title="Harbour Lights gets a date",
    )
    other = facts(
        "Harbour Lights arrives on Friday.",
        "Ada Pell, whose debut Dry Dock novel is due in May, was delighted.",
        title="Harbour Lights gets a date",
    )
    assert any(role == "author" for role, _ in credits(ours))
    assert not any(role == "author" for role, _ in credits(other))


def test_a_role_shared_in_an_aside_after_two_names_credits_both() -> None:
    for text in (
        "The leads are again played by Ana Ruiz and Rob Kwan, both now in their thirties and "
        "both executive producers on the film.",
        "It reunites Ana Ruiz and Rob Kwan, both producers on the series.",
    ):
        found = credits(facts("Harbour Lights wraps.", text, title="Harbour Lights wraps"))
        roles = {role for role, name in found if name in {"Ana Ruiz", "Rob Kwan"}}
        assert len({name for _, name in found if name in {"Ana Ruiz", "Rob Kwan"}}) == 2
        assert roles & {"executive_producer", "producer"}


def test_a_role_shared_on_a_named_other_film_is_no_credit() -> None:
    found = facts(
        "Harbour Lights wraps.",
        "It reunites Ana Ruiz and Rob Kwan, both producers on the film Dry Dock.",
        title="Harbour Lights wraps",
    )
    assert not any(name in {"Ana Ruiz", "Rob Kwan"} for _, name in credits(found))
