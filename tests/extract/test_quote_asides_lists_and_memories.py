"""Quotes on invented text: a name with its company in an aside speaks ("The show's producer,
Jo Reyes of Tidewater Films, said"); someone who "remembered her as" or "remembers him as"
gives the words; a described name in a list ("the son of Ines, a nurse, and Jon Dale, a
fisherman, and came ...") is no clause's subject for a pronoun after it."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes}


def test_a_name_with_its_company_in_an_aside_speaks() -> None:
    for company in ("of Tidewater Films", "at Tidewater Films", "from Tidewater Films"):
        found = _speakers(
            "Copper Bay wrapped on Friday.",
            f"The show’s producer, Jo Reyes {company}, said the crew had been “the best "
            "I have had”.",
        )
        assert found["the best I have had"] == "Jo Reyes", company


def test_remembered_as_gives_the_words() -> None:
    for verb in ("remembered her as", "remembers him as"):
        found = _speakers(
            "Copper Bay wrapped on Friday.",
            f"Dana Pell, who directed the pilot, {verb} “the calmest person on any set”.",
        )
        assert found["the calmest person on any set"] == "Dana Pell", verb


def test_a_described_name_in_a_list_is_no_pronouns_subject() -> None:
    found = _speakers(
        "Rosa Vint, who has died aged 90, was a stage actor of rare wit.",
        "She was born in Leeds, the daughter of Ines, a nurse, and Jon Dale, a fisherman, "
        "and trained at the Old Vic. “I was never going to be a nurse,” she said.",
    )
    assert found["I was never going to be a nurse"] != "Jon Dale"


def test_a_birth_name_gives_the_pronoun_its_person() -> None:
    for lead in ("She was born Rosa Dale in Leeds", "She was born Rosa Vintner, in Hull"):
        found = _speakers(
            "Rosa Vint, who has died aged 90, was a stage actor of rare wit.",
            "Jon Pell posted a photo of the two of them at the wrap party.",
            f"{lead}, and trained at the Old Vic. She made her name in Chekhov. “I was never "
            "going to be a nurse,” she said.",
        )
        assert found["I was never going to be a nurse"] == "Rosa Vint", lead


def test_a_place_in_a_list_is_no_pronouns_subject() -> None:
    for places in ("from Spain, Portugal and Brazil", "across Wales, Cornwall or Devon"):
        found = _speakers(
            "Copper Bay wrapped on Friday.",
            "Dana Pell saw, by her own count, 900 tapes for the part. The call for Lark drew "
            f"replies {places}. “I wanted someone who could sail,” she says.",
        )
        assert found["I wanted someone who could sail"] == "Dana Pell", places
