"""A production company in a producer credit ("produced by Porto-based Ribeira Filmes for
Netflix"), a lead or head writer in the role-first apposition ("The series' creator and lead
writer, X, said") and the music "for season two" (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits

_TAIL = "Filming on Harbour Lights continues."
_TITLE = "Harbour Lights: what we know"


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_credits(facts(sentence, _TAIL, title=_TITLE))


def test_a_company_word_in_another_language_ending_a_producer_is_held() -> None:
    found = facts("The series is produced by Ribeira Filmes for Netflix.", _TAIL, title=_TITLE)
    assert ("producer", "Ribeira Filmes") not in served_credits(found)
    assert ("producer", "Sol Producciones") not in _served(
        "The thriller was co-produced by Sol Producciones for HBO."
    )


def test_a_producer_placed_with_based_is_a_company_and_held() -> None:
    assert ("producer", "Luna Roja") not in _served(
        "The drama is produced by Madrid-based Luna Roja for HBO."
    )
    assert ("producer", "Casa Verde") not in _served(
        "Both seasons were produced by Lisbon-based Casa Verde for Prime Video."
    )


def test_a_name_producing_for_a_streamer_is_the_commissioned_company_and_held() -> None:
    """A streamer commissions a production company: "produced by X for HBO" names no person
    (round 187); a producer told working for a company keeps the credit."""
    assert ("producer", "Luna Roja") not in _served("The drama is produced by Luna Roja for HBO.")
    assert ("producer", "Luna Roja") in _served(
        "The drama is produced by Luna Roja for Casa Verde Films."
    )


def test_a_lead_or_head_writer_in_the_role_first_apposition_is_a_writer() -> None:
    assert {("creator", "Ivo Marsh"), ("writer", "Ivo Marsh")} <= _served(
        "The series' creator and lead writer, Ivo Marsh, said it was hard."
    )
    assert ("writer", "Petra Lund") in _served("The show's head writer, Petra Lund, said so.")


def test_a_head_of_something_is_no_credit() -> None:
    assert not credits(facts("The drama's head of production, Ivo Marsh, said so.", _TAIL))


def test_music_for_a_later_season_is_a_composer_credit() -> None:
    assert ("composer", "Ola Brandt") in _served(
        "The music for season two is again by Ola Brandt, and it is lovely."
    )
    assert ("composer", "Ola Brandt") in _served(
        "The score for the new series will be by Ola Brandt."
    )


def test_music_for_a_first_season_told_in_the_past_is_no_credit() -> None:
    assert ("composer", "Ola Brandt") not in credits(
        facts("The music for season 1 was by Ola Brandt.", _TAIL, title=_TITLE)
    )
