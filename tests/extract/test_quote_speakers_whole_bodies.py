"""An organisation whose name ends in the kind of body it is ("Wessex Screen", "the Kelmoor
Heritage Fund") speaks as that body, its name kept whole, never as a person cut short."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LINE = "Harrow Point is exactly the kind of drama we want made here"


def _credit(*paragraphs: str) -> tuple[str, SourceKind]:
    found = [q for q in facts(*paragraphs).quotes if q.served and q.text.startswith(_LINE)]
    assert len(found) == 1
    return found[0].speaker, found[0].source


def test_a_screen_agency_said_in_a_statement_is_the_agency() -> None:
    assert _credit(
        "The drama Harrow Point began filming in Dorset this week.",
        "The series has received production funding from South Wessex Screen.",
        f"In a statement, South Wessex Screen said: “{_LINE}.”",
    ) == ("South Wessex Screen", SourceKind.ORGANISATION)


def test_a_screen_agency_after_the_quote_is_the_agency() -> None:
    assert _credit(
        "The drama Harrow Point began filming in Dorset this week.",
        f"“{_LINE},” Upper Kelmoor Screen said in a statement.",
    ) == ("Upper Kelmoor Screen", SourceKind.ORGANISATION)


def test_a_fund_is_an_organisation_never_a_person() -> None:
    _, source = _credit(
        "The drama Harrow Point began filming in Dorset this week.",
        f"In a statement, the Kelmoor Heritage Fund said: “{_LINE}.”",
    )
    assert source is not SourceKind.PERSON
