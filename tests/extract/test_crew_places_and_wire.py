"""Crew credits that are not the film's, each on invented text: a place before a company
("Leeds-based"), a news agency's own credit line, "direct" as an adjective."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_place_before_a_company_after_by_is_no_producer() -> None:
    for text in (
        "Harbour Lights is directed by Ada Pell and produced by Leeds-based Lumen Films with "
        "Britain's Kite Pictures.",
        "The drama was produced by Oslo-headquartered Fjord Media for the broadcaster.",
    ):
        names = {name for _, name in credits(facts("Harbour Lights news.", text))}
        assert not names & {"Leeds", "Oslo"}


def test_a_place_before_a_person_after_by_keeps_the_person() -> None:
    found = facts("Harbour Lights news.", "It is produced by Bristol-born Ada Pell.")
    assert ("producer", "Ada Pell") in credits(found)


def test_a_news_agency_credit_line_is_no_crew_but_names_people() -> None:
    for line in (
        "(Reporting by Oren Vale; Editing by Juno Marsh)",
        "Writing by Oren Vale; editing by Juno Marsh",
    ):
        found = facts("Harbour Lights starts filming in Leeds.", line)
        assert not credits(found)
    found = facts("Harbour Lights starts filming in Leeds.", "(Reporting by Oren Vale)")
    assert "Oren Vale" in found.people


def test_an_edit_credit_in_a_sentence_stays() -> None:
    found = facts("Harbour Lights news.", "The film is edited by Juno Marsh.")
    assert ("editor", "Juno Marsh") in credits(found)


def test_direct_after_an_adverb_is_an_adjective_not_a_credit() -> None:
    for text in (
        "The Driftwood author has been unusually direct about it.",
        "Pell, the Driftwood novelist, was refreshingly direct with fans.",
    ):
        found = facts("Harbour Lights is coming.", text)
        assert not any(role == "director" for role, _ in credits(found))


def test_will_direct_stays_a_credit() -> None:
    found = facts("Harbour Lights is coming.", "Ada Pell will direct the film in Leeds.")
    assert ("director", "Ada Pell") in credits(found)
