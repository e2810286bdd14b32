"""Words given as someone's "take", "view" or "reaction" before a colon ("Orrell's take: “...”")
are that person's own, not those of whoever spoke the quote before."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quill Lane, a new comedy for Channel 4, has found its cast."
_CAST = (
    "Tamsin Orrell plays a baker who inherits a tea room. The series is written by Orrell with"
    " Bruno Castell."
)


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_possessive_take_names_its_owner() -> None:
    quotes = _quotes(
        _CAST,
        "“It is a hymn to every tea room,” Orrell told us. Castell's take: “It is about jam.”",
    )
    assert quotes["It is a hymn to every tea room"] == ("Tamsin Orrell", SourceKind.PERSON)
    assert quotes["It is about jam."] == ("Bruno Castell", SourceKind.PERSON)


def test_a_possessive_verdict_still_names_its_owner() -> None:
    quotes = _quotes(
        _CAST, "“It is a hymn to every tea room,” Orrell told us. Castell's verdict: “Jam, mostly.”"
    )
    assert quotes["Jam, mostly."] == ("Bruno Castell", SourceKind.PERSON)
