"""A few lowercase words in marks after a determiner and qualified by a sense ("not a “film
composer” in the usual sense") are a term the writer weighs, not the subject's words, even when
a verb of saying stands beside them; the subject's own quote after it stays hers."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def test_a_term_qualified_by_a_sense_beside_she_insists() -> None:
    found = quote_readings(
        "Mira Holt has scored Brackenmoor, her first feature.",
        "She is not, she insists, a “screen composer” in the Hollywood sense. “I write small "
        "things for small rooms,” Holt said.",
    )
    assert "screen compo" not in found or not found["screen compo"][2]
    assert found["I write smal"][0] == "Mira Holt"


def test_a_term_in_any_real_sense_after_he_says() -> None:
    found = quote_readings(
        "Tom Vale directs Brackenmoor for Lumen.",
        "He was never, he says, an 'action director' in any real sense, and the film shows it.",
    )
    assert "action direc" not in found or not found["action direc"][2]


def test_a_term_in_the_strict_sense_of_the_word() -> None:
    found = quote_readings(
        "Ana Reis stars in Brackenmoor.",
        'Reis says she is not a "method actor" in the strict sense of the word.',
    )
    assert "method actor" not in found or not found["method actor"][2]


def test_in_every_sense_weighs_no_term_and_the_words_stay_hers() -> None:
    for line in (
        "Holt called it a “triumph” in every sense.",
        "Holt called it a “total triumph” in every sense of the word, she said.",
        "Holt said it was a “new start” in every sense, and she meant it.",
    ):
        found = quote_readings("Mira Holt has scored Brackenmoor, her first feature.", line)
        words = next(key for key in found if key[:3] in ("tri", "tot", "new"))
        assert found[words][:2] == ("Mira Holt", SourceKind.PERSON), line
        assert found[words][2], line
