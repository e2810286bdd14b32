"""A work's one-word name set before a production noun ("Larkspur cast say goodbye", "Larkspur
star Ada Vale") is the work's, never a person's first name: the run the work's full title makes
elsewhere ("the premiere of Larkspur Rising at the festival") is no person who speaks, so a
"he said" after the star's sentence is the star's, or no one's."""

import pytest

from bot.extract.doc_build import build_doc
from bot.extract.people import People
from bot.extract.speaker_work_words import block_work_words
from bot.facts import SourceKind
from tests.extract.helpers import article, facts

_HEADLINES = (
    "Larkspur cast say emotional goodbye at festival premiere",
    "Larkspur stars bid farewell on the red carpet",
    "Larkspur finale premiere draws tears from the cast",
)
_OPENERS = (
    "Larkspur star Tomas Reyne has said the film is the end of a chapter.",
    "Larkspur actor Tomas Reyne has said the film is the end of a chapter.",
    "Larkspur co-star Tomas Reyne says the film is the end of a chapter.",
)


@pytest.mark.parametrize("headline", _HEADLINES)
@pytest.mark.parametrize("opener", _OPENERS)
def test_work_word_is_no_speaker(headline: str, opener: str) -> None:
    found = facts(
        "Stars of the streaming series turned out in force on Saturday night.",
        opener,
        "The 22-year-old, who plays the rugby player, was speaking on the red carpet at the "
        "world premiere of Larkspur Rising at the festival on Saturday.",
        "He said: “I was 17 when we started this. I’ve grown up with him.”",
        date="2026-10-11",
        title=headline,
    )
    quote = next(q for q in found.quotes if q.text.startswith("I was 17"))
    assert "Larkspur" not in quote.speaker
    assert (quote.speaker, quote.source) in {
        ("Tomas Reyne", SourceKind.PERSON),
        ("", SourceKind.UNATTRIBUTED),
    }


def test_a_known_surname_before_a_production_noun_still_speaks() -> None:
    found = facts(
        "The novelist Petra Hale was at the premiere on Saturday.",
        "Hale fans queued from dawn to see the film.",
        "Hale said: “I never thought it would reach the screen.”",
        date="2026-10-11",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I never thought"))
    assert (quote.speaker, quote.source) == ("Petra Hale", SourceKind.PERSON)


@pytest.mark.parametrize(
    "opener",
    (
        "Larkspur fans queued from dawn outside the cinema.",
        "Larkspur fandom has waited two years for this night.",
        "Larkspur sequel talk dominated the red carpet.",
        "Larkspur fans in Hullbridge queued from dawn outside the cinema.",
        "Larkspur trailer with new footage dominated the red carpet.",
        "Larkspur finale with a surprise guest dominated the red carpet.",
        "Larkspur fans out in force as the cinema opens its doors.",
    ),
)
def test_work_word_before_fans_or_other_production_nouns(opener: str) -> None:
    found = facts(
        opener,
        "Tomas Reyne walked the carpet at the world premiere of Larkspur Rising on Saturday.",
        "He said: “I was 17 when we started this.”",
        date="2026-10-11",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I was 17"))
    assert "Larkspur" not in quote.speaker


@pytest.mark.parametrize(
    "verb",
    (
        "Nadia stars as a ferry pilot in the drama.",
        "Nadia stars opposite her real-life sister.",
        "Nadia cast her mind back to the first read-through.",
        "Nadia cast a long look at the set before filming.",
    ),
)
def test_a_first_name_that_stars_or_casts_is_still_a_person(verb: str) -> None:
    found = facts(
        "Nadia Ostrova has spent three years on the ferry drama Tidewater.",
        verb,
        "Nadia said: “It felt like the last day of school.”",
        date="2026-10-11",
    )
    quote = next(q for q in found.quotes if q.text.startswith("It felt like"))
    assert (quote.speaker, quote.source) == ("Nadia Ostrova", SourceKind.PERSON)


@pytest.mark.parametrize(
    "opener",
    (
        "Larkspur fans in Hullbridge queued from dawn.",
        "Larkspur trailer with new footage landed on Tuesday.",
        "Larkspur finale with a surprise guest airs tonight.",
        "Larkspur sequel in the works, the studio confirms.",
        "Larkspur fandom out in force at the cinema.",
    ),
)
def test_only_stars_or_cast_can_be_a_verb_before_a_word(opener: str) -> None:
    doc = build_doc(article(opener, "The premiere of Larkspur Rising was on Saturday."))
    people = People.for_doc(doc)
    block_work_words(doc, people)
    assert people.resolve("Larkspur Rising") is None
