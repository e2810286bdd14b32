""" "The broadcaster" after a sentence whose subject's title is glossed as a company's own ("Tin
Lane, Lumen’s big comedy, is “...”, according to the broadcaster") is that company, never a
channel named in the sentence before."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "From a fenland mystery to a baking contest, here is what to watch this weekend."
_BEFORE = "Still going: Marsh Lights (Sky Atlantic)"
_MIDDLE = "Tamsin Orrell leads this fenland thriller; the finale airs next Sunday."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_the_broadcaster_is_the_owner_set_beside_the_title() -> None:
    quotes = _quotes(
        _BEFORE,
        _MIDDLE,
        "Coming soon",
        "Quill Lane, KTV’s big summer comedy, starring Bruno Castell, is “coming in"
        " June”, according to the broadcaster.",
    )
    assert quotes["coming in June"] == ("KTV", SourceKind.ORGANISATION)


def test_the_broadcaster_is_the_owner_opening_the_sentence() -> None:
    quotes = _quotes(
        _BEFORE,
        _MIDDLE,
        "Coming soon",
        "KTV’s big summer comedy Quill Lane, starring Bruno Castell, is “coming in June”,"
        " according to the broadcaster.",
    )
    assert quotes["coming in June"] == ("KTV", SourceKind.ORGANISATION)
