"""Crew credited with their company before the name ("produced by Corvid Film’s X") and
producers listed after "with" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_producers_named_after_their_companies_are_credited() -> None:
    found = facts(
        "Lantern Bay is produced by Corvid Film’s Hedda Lunde and Marsh Pictures’ Eoin Tully."
    )
    assert {("producer", "Hedda Lunde"), ("producer", "Eoin Tully")} <= credits(found)


def test_a_single_producer_after_a_studio_possessive() -> None:
    found = facts("The drama was produced by Halden Studios' Mira Okafor for the broadcaster.")
    assert ("producer", "Mira Okafor") in credits(found)


def test_a_co_producer_after_with_and_a_company_is_the_person_not_the_company() -> None:
    found = facts(
        "Pia Ross directs, and also executive produces with Corvid Films' Hedda Lunde.",
        "The show's writer, Sam Greer, joined later.",
    )
    assert ("executive_producer", "Hedda Lunde") in credits(found)
    assert not any(name.startswith("Corvid") for _, name in credits(found))


def test_a_place_possessive_after_with_gives_no_producer() -> None:
    found = facts("The series is executive produced by Pia Ross with Lisbon’s Studio Onda.")
    assert not any("Studio" in name or name == "Lisbon" for _, name in credits(found))


def test_a_producer_after_with_and_another_owner_is_not_cut_to_its_first_word() -> None:
    found = facts("Pia Ross directs and also executive produces with Corvid House’s Hedda Lunde.")
    assert not any(name == "Corvid" for _, name in credits(found))
