"""A source reports that someone else gave a speech, a toast or thanks, and quotes its words
("A crew member recalled that Ada Vale delivered a brief address, thanking the team ‘...’"): the
words are the one the that-clause names, not the source who relays them. The source's own words
("added that it was ‘...’"), and words others said to the person ("that Vale was told ‘...’"),
stay the source's."""

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
        "A crew member recalled that showrunner Ada Vale-Moreton delivered a brief address, "
        "thanking the team",
        "The source revealed that Ada Vale-Moreton proposed a toast, thanking everyone",
        "Our source said that Vale-Moreton made a short speech, thanking the crew",
        "One guest claimed that Vale-Moreton told the room",
        "An onlooker recalled that Vale-Moreton joked to the caterers",
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


def test_one_told_or_urged_by_others_is_not_the_speaker() -> None:
    for relay in (
        "The insider said that Vale-Moreton was told",
        "The insider added that Vale-Moreton had been urged by the studio",
        "Our source revealed that Reyes-Hallam got told by the producers",
    ):
        found = _speaker(
            "you are never working here again",
            *_INTRO,
            f"{relay} “you are never working here again”.",
        )
        assert found[1] == SourceKind.UNNAMED, (relay, found)
        assert found[0] not in ("", "Ada Vale-Moreton", "Tom Reyes-Hallam"), (relay, found)
