"""Someone unnamed is a noun phrase ("the younger fans"): a verb or a relative word inside it
("the series is what fans ...") makes it a clause, no one who says anything, so a "he says"
after it still goes back to the person the text is about."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_clause_with_a_crowd_noun_is_no_speaker() -> None:
    for link in ("is what", "was what"):
        quote = _quote(
            "Strange, really",
            "Dorran Vey plays the ferryman in Tidewater, which returns to Lumen next spring.",
            f"The stage is where he started, he says. But the series {link} viewers stop him"
            " about in the street.",
            "“Strange, really,” he says.",
        )
        assert (quote.speaker, quote.source) == ("Dorran Vey", SourceKind.PERSON), link


def test_a_crowd_noun_phrase_still_speaks() -> None:
    quote = _quote(
        "Strange, really",
        "Dorran Vey plays the ferryman in Tidewater, which returns to Lumen next spring.",
        "“Strange, really,” said the younger fans outside the cinema.",
    )
    assert quote.source is SourceKind.UNNAMED
