"""A "the company said" after a sentence opening on an unnamed company ("A major streamer is ...")
is that unnamed company, never the organisation named before it."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_the_company_after_an_unnamed_company() -> None:
    quote = _quote(
        "in the coming",
        "1. Drama lands",
        'A Quillon TV spokesperson said the broadcaster had "high hopes" for the series.',
        "2. Another price rise",
        "A major streamer is putting its ad-free tier up by £1 a month from January. Customers "
        'will get an email "in the coming weeks", the company said.',
    )
    assert quote.speaker != "Quillon TV"


def test_the_company_named_last_still_speaks() -> None:
    quote = _quote(
        "in the coming",
        "Quillon TV confirmed the date on Monday. Customers will get an email "
        '"in the coming weeks", the company said.',
    )
    assert quote.speaker == "Quillon TV"
