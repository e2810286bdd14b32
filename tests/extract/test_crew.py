"""Crew credits in the phrasings news copy uses, on invented sentences."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_role_nouns_before_a_name_including_lists() -> None:
    found = facts(
        "Series creator, executive producer, and novelist Petra Hale is back. "
        "Director Omar Sidi joins, as does Danish cinematographer Lars Holm."
    )
    assert credits(found) >= {
        ("creator", "Petra Hale"),
        ("executive_producer", "Petra Hale"),
        ("author", "Petra Hale"),
        ("director", "Omar Sidi"),
        ("cinematographer", "Lars Holm"),
    }


def test_passive_credits_and_executive_producer_lists() -> None:
    found = facts(
        "The film, directed by Omar Sidi, is executive produced by Hale, Ben Ortiz, "
        "Cara Lin and Dev Roy.",
        "Petra Hale wrote the book.",
    )
    assert credits(found) >= {
        ("director", "Omar Sidi"),
        ("executive_producer", "Petra Hale"),
        ("executive_producer", "Ben Ortiz"),
        ("executive_producer", "Cara Lin"),
        ("executive_producer", "Dev Roy"),
    }


def test_written_and_directed_by_gives_both_credits() -> None:
    found = facts("The drama was written and directed by June Okafor.")
    assert credits(found) == {("writer", "June Okafor"), ("director", "June Okafor")}


def test_writer_forms_penned_script_possessive_and_relative_clause() -> None:
    found = facts(
        "Petra Hale has penned the screenplay.",
        "Omar Sidi is directing from Hale's script.",
        "Hale, who wrote the screenplay, was on set.",
    )
    assert credits(found) >= {("writer", "Petra Hale"), ("director", "Omar Sidi")}


def test_signed_on_to_executive_produce_alongside_a_list() -> None:
    found = facts(
        "Mia Torres and Leo Park star.",
        "Torres and Park have signed on to executive produce the film alongside Ana Bell, "
        "Ravi Shah and Tom Eck.",
    )
    names = {n for role, n in credits(found) if role == "executive_producer"}
    assert names == {"Mia Torres", "Leo Park", "Ana Bell", "Ravi Shah", "Tom Eck"}


def test_returns_as_composer_and_is_shooting_the_film() -> None:
    found = facts(
        "Ana Rivas, whose score won awards, returns as composer, and Lars Holm is shooting "
        "the film."
    )
    assert credits(found) == {("composer", "Ana Rivas"), ("cinematographer", "Lars Holm")}


def test_tapped_to_direct_and_remains_on_board_to_direct() -> None:
    found = facts(
        "Veteran filmmaker Omar Sidi has been tapped to direct the film.",
        "Jo Grey, whose credits include Old Roads, remains on board to direct.",
    )
    assert credits(found) == {("director", "Omar Sidi"), ("director", "Jo Grey")}


def test_organisation_director_of_is_not_a_film_director() -> None:
    found = facts("According to Kim Ode, the studio's director of UK film, it is going well.")
    assert credits(found) == set()
    assert found.people == ("Kim Ode",)
