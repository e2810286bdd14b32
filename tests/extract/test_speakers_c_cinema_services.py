"""A name closing on "Cinema" ("Tarnwick Home Cinema") is a company's service, so its short form
saying words ("Tarnwick said") is the company's, never a person's; a person still speaks."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_cinema_service_is_no_person() -> None:
    quote = _quote(
        "sometime next spring",
        "Brackwater, the coastal drama, opened in 140 cinemas on Friday.",
        "It moves to Tarnwick Home Cinema “sometime next spring”, Tarnwick said on Monday.",
    )
    assert quote.source is not SourceKind.PERSON


def test_a_person_named_alike_still_speaks() -> None:
    quote = _quote(
        "sometime next spring",
        "Brackwater, the coastal drama, opened in 140 cinemas on Friday.",
        "Producer Ilse Tarnwick said it would stream “sometime next spring”, Tarnwick added.",
    )
    assert quote.speaker == "Ilse Tarnwick"
    assert quote.source is SourceKind.PERSON
