"""Words followed by "is all he will say" are the pronoun's speaker, the piece's subject, not
someone quoted in the paragraph before who was never called "he"."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TITLE = "Tomasz Welker: the composer who hears the sea"
_LEDE = "Tomasz Welker has scored Gannet Rock, the new drama from Hollin Bay Pictures."
_BODY = (
    "“I wanted the gulls to be the strings,” he says of the opening. “So I recorded them.”",
    "The show’s producer, Marit Oyelaran of Hollin Bay Pictures, says the score arrived late."
    " “We waited for it. It was worth it.”",
)


def _speakers(last: str) -> dict[str, tuple[str, SourceKind]]:
    return {
        q.text: (q.speaker, q.source)
        for q in facts(_LEDE, *_BODY, last, title=_TITLE).quotes
        if q.served
    }


def test_words_that_were_all_he_would_say_are_the_subjects() -> None:
    quotes = _speakers(
        "He has already started a new score, which he may not name. “Something with trains,”"
        " is all he will say."
    )
    assert quotes["Something with trains"] == ("Tomasz Welker", SourceKind.PERSON)


def test_words_that_were_all_a_named_speaker_said_are_theirs() -> None:
    quotes = _speakers("Asked about a sequel, “Not yet,” was all Oyelaran would say.")
    assert quotes["Not yet"] == ("Marit Oyelaran", SourceKind.PERSON)
