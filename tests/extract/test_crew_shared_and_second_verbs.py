"""Crew credits told as a second verb of the subject, as duties shared out, as a commitment to
write, and in apposition to the production's title."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_second_verb_credits_the_subject_and_who_it_is_shared_with() -> None:
    found = facts(
        "Morwenna Tash wrote every episode of Gull Rock and is executive producing with Idris "
        "Pellow of Harbourlight.",
    )
    assert {("executive_producer", "Morwenna Tash"), ("executive_producer", "Idris Pellow")} <= (
        credits(found)
    )
    found = facts(
        "Ade Rourke and Lene Vikander return as Tom and Siri and are also executive producers "
        "on the film.",
    )
    assert {("executive_producer", "Ade Rourke"), ("executive_producer", "Lene Vikander")} <= (
        credits(found)
    )


def test_a_passive_credit_line_is_no_subject_for_a_second_verb() -> None:
    found = facts(
        "Written by Carys Bevan, who also serves as showrunner and executive producer, the "
        "series returns in May.",
    )
    assert all(name != "Written" for _, name in credits(found))


def test_duties_split_between_two_people_credit_both() -> None:
    found = facts(
        "Directing duties are split between Priya Lomax (episodes 1-2) and Tadeusz Wren "
        "(episodes 3-4), with Omar Kell editing.",
    )
    assert {("director", "Priya Lomax"), ("director", "Tadeusz Wren")} <= credits(found)
    found = facts("Hild Sandvik and Colm Breathnach share writing duties on the new series.")
    assert {("writer", "Hild Sandvik"), ("writer", "Colm Breathnach")} <= credits(found)


def test_lined_up_to_write_the_script_is_a_writing_credit() -> None:
    found = facts(
        "Bryony Acheson, who created the podcast, has been tapped to write the screenplay.",
    )
    assert ("writer", "Bryony Acheson") in credits(found)


def test_the_maker_in_apposition_to_the_title_is_credited() -> None:
    found = facts(
        "Night Ferry, the second feature Anouk Verhaar has directed, opens in October.",
        title="Night Ferry review: a quiet crossing",
    )
    assert ("director", "Anouk Verhaar") in credits(found)
