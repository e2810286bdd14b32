"""Credits a listing gives as "<verb> X as <role>" (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_slate_listing_two_people_as_their_roles() -> None:
    found = facts(
        "The clapperboard lists Oona Brack as director and Teo Lund as director of photography."
    )
    assert {("director", "Oona Brack"), ("cinematographer", "Teo Lund")} <= credits(found)


def test_a_studio_naming_someone_as_composer() -> None:
    found = facts("The studio has confirmed Ilse Varga as composer, with recording in May.")
    assert ("composer", "Ilse Varga") in credits(found)


def test_another_works_role_or_a_part_is_no_credit() -> None:
    found = facts(
        "The studio named Oona Brack as director of Glasshouse.",
        "The trailer credits Teo Lund as director Vera Slade.",
    )
    assert not credits(found)
