"""An office held at a company whose name is two or three words, then the holder's name in
apposition, after the verb ("..., said Brightwater Films UK’s head of sales, Ada Vale."): the
person speaks, never the company."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_owned_office_then_name_after_the_verb() -> None:
    for company, office in (
        ("Brightwater Films UK", "head of sales"),
        ("Harbour Lane Pictures", "chief executive"),
        ("Corran Vale", "director of marketing"),
        ("Tidewater", "head of distribution"),
    ):
        found = _speaker(
            "The audience simply turned up",
            "The drama opened in second place at the weekend box office.",
            f"“The audience simply turned up,” said {company}’s {office}, Ada Vale-Moreton.",
        )
        assert found == ("Ada Vale-Moreton", SourceKind.PERSON), company


def test_straight_apostrophe_and_says() -> None:
    found = _speaker(
        "We knew it would travel",
        "The series sold to eleven territories in its first week.",
        "'We knew it would travel,' says Lantern Road Media's head of international, Tom Reyes.",
    )
    assert found == ("Tom Reyes", SourceKind.PERSON)
