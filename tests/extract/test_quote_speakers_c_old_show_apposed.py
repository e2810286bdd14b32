"""A show named in apposition after its owner's "old soap" or "former sitcom" ("Marra's old
soap, Quay Street, ran until 2015.") is the show, never someone who speaks: a later "she says"
is the owner's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Tamsin Marra stars in Low Beacon, a new film by Orrin Vell."


def _speakers(*lines: str) -> dict[str, tuple[str | None, SourceKind | None]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *lines).quotes if q.served}


def test_an_old_soap_apposed_is_not_the_speaker() -> None:
    quotes = _speakers(
        "Marra's old soap, Quay Street, ran on ITV until 2015. She never watches it."
        ' "There was a flood episode," she says. "Nobody mentions the flood episode."'
    )
    assert quotes["There was a flood episode"] == ("Tamsin Marra", SourceKind.PERSON)
    assert all(speaker != "Quay Street" for speaker, _ in quotes.values())


def test_a_former_sitcom_apposed_is_not_the_speaker() -> None:
    quotes = _speakers(
        "Marra's former sitcom, Pegwell Rise, is back on streaming. She laughs at it now."
        ' "I had terrible hair," she says.'
    )
    assert quotes["I had terrible hair"] == ("Tamsin Marra", SourceKind.PERSON)
    assert all(speaker != "Pegwell Rise" for speaker, _ in quotes.values())
