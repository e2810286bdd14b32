"""Someone who quotes another as saying or telling ("He quotes her as telling the cast, “...”")
passes on the other's words: never the quoter's own."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_pronoun_quoted_as_telling_is_not_the_quoter() -> None:
    quote = _quote(
        "Play the day",
        "Orrick Vantley says Ilsa Orwin, who wrote the script, was on set every day. He quotes her "
        "as telling the cast, “Play the day, not the ending.”",
    )
    assert quote.speaker != "Orrick Vantley"


def test_a_name_quoted_as_telling_is_not_the_quoter() -> None:
    quote = _quote(
        "Play the day",
        "Orrick Vantley worked with Ilsa Orwin for years. He quotes Orwin as telling the cast, "
        "“Play the day, not the ending.”",
    )
    assert quote.speaker != "Orrick Vantley"
