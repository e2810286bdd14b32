"""A "they" after a sentence where "they" already stands for people we cannot name ("parents
sigh when they see it") goes on about them: the quote is no one's, never a name further back."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_they_after_an_unnamed_they_is_no_one_named() -> None:
    quote = _quote(
        "It is harmless",
        "Petra Langholm writes about children's television.",
        "There is a face grown-ups pull when they mention Moss Lane. You have seen it. “It is"
        " harmless,” they say, as if that were all.",
    )
    assert quote.speaker != "Petra Langholm"


def test_a_named_they_still_speaks() -> None:
    quote = _quote(
        "It is harmless",
        "Sol Idris, who is non-binary, stars in Moss Lane.",
        "Idris said they loved the scripts. “It is harmless fun,” they say.",
    )
    assert quote.speaker == "Sol Idris"
