"""A short reaction of the profile's subject ("He laughs at that.") between another's words and
a quotation: the quotation is the subject's when the other was quoted as the other sex; one
quoted as the same sex may still go on."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_TITLE = "Corran Deverill on playing the quiet brother in Saltmarsh"


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    found = facts(*paragraphs, title=_TITLE).quotes
    return next(q for q in found if q.text.startswith(text))


_PROFILE = (
    "Corran Deverill has spent a decade playing the reliable friend. “I am very good at nodding,”"
    " he says.",
)


def test_a_reaction_hands_the_words_back_to_the_subject() -> None:
    quote = _quote(
        "Fair enough",
        *_PROFILE,
        "The show's writer, Inge Hallory, says she wrote the part “for a man who apologises to"
        " chairs”. He laughs at that. “Fair enough, really.”",
    )
    assert quote.speaker == "Corran Deverill"


def test_a_reaction_of_the_same_sex_leaves_the_words() -> None:
    quote = _quote(
        "Fair enough",
        *_PROFILE,
        "The show's writer, Inge Hallory, says she wrote the part “for a man who apologises to"
        " chairs”. She laughs at that. “Fair enough, really.”",
    )
    assert quote.speaker != "Corran Deverill"
