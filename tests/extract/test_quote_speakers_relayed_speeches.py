"""A source reports that someone else gave a speech, a toast or thanks, and quotes its words
("The insider added that director Ada Vale gave a short speech thanking the crew ‘...’"): the
words are the one the that-clause names, not the source who relays them. The source's own words
("added that it was ‘...’") stay the source's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_INTRO = (
    "Director Ada Vale-Moreton and producer Tom Reyes-Hallam hosted the wrap party on Friday.",
    "A source told us the night ran until two.",
)


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text)
    return quote.speaker, quote.source


def test_that_clause_speech_is_its_subject() -> None:
    for relay in (
        "The insider added that director Ada Vale-Moreton gave a short speech thanking the cast",
        "The source revealed that Ada Vale-Moreton made a toast thanking everyone",
        "Our source said that Vale-Moreton made a short speech, thanking the crew",
        "One guest claimed that Vale-Moreton told the room",
    ):
        found = _speaker(
            "for staying to the very end",
            *_INTRO,
            f"{relay} “for staying to the very end”.",
        )
        assert found == ("Ada Vale-Moreton", SourceKind.PERSON), relay


def test_source_own_words_stay_the_source() -> None:
    found = _speaker(
        "the best night of the year",
        *_INTRO,
        "The insider added that it was “the best night of the year”.",
    )
    assert found[1] == SourceKind.UNNAMED
