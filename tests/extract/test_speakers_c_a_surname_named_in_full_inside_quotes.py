"""A lone surname that acts ("Orrell confirmed it.") is someone's, not a company's, when a full
name ending in it stands inside someone else's quoted words: so a "she said" after it is never
handed back to an earlier speaker, and the surname is never served as an organisation."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quill Lane, a new comedy for Channel 4, arrives dubbed in Spanish next week."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


_VOICE = (
    "Bruno Castell voices the baker. “I cried at the end,” Castell told us. “When we finished,"
    " our session director, Tamsin Orrell, sent everyone home early.”"
)


def test_a_pronoun_after_a_surname_met_in_quotes_is_not_the_earlier_speaker() -> None:
    quotes = _quotes(_VOICE, "Orrell confirmed it. “We are not robots,” she said with a smile.")
    assert quotes["I cried at the end"] == ("Bruno Castell", SourceKind.PERSON)
    assert quotes.get("We are not robots", ("", SourceKind.UNATTRIBUTED))[0] != "Bruno Castell"


def test_a_surname_met_in_quotes_is_no_company() -> None:
    quotes = _quotes(_VOICE, "Orrell confirmed it: “We are not robots.”")
    assert quotes.get("We are not robots.", ("", SourceKind.UNATTRIBUTED))[1] is not (
        SourceKind.ORGANISATION
    )


def test_a_company_acting_alone_is_still_a_company() -> None:
    quotes = _quotes(
        "Castell signed with Rookmoor last year. Rookmoor confirmed it: “We are thrilled.”"
    )
    assert quotes["We are thrilled."] == ("Rookmoor", SourceKind.ORGANISATION)
