"""A verb the speech patterns do not know, set before the name or account that closes the
attribution ("“...,” demanded @fan, tagging ...") gives the words to that name, never to the
subject of the sentence before ("Some fans are hoping for more."). With a known verb nothing
changes."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Viewers reacted to the Lantern Row finale on Friday night."
_WORDS = "Give us the spin-off"


def _speaker(paragraph: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes}
    return found[_WORDS]


def test_an_unknown_verb_before_an_account() -> None:
    said = _speaker(
        f"Many viewers want more. “{_WORDS},” pleaded @lantern_fan, tagging the writer."
    )
    assert said == ("@lantern_fan", SourceKind.ORGANISATION)


def test_an_unknown_verb_before_a_name() -> None:
    said = _speaker(f"Many viewers want more. “{_WORDS},” pleaded Ada Vale.")
    assert said == ("Ada Vale", SourceKind.PERSON)


def test_a_known_verb_before_an_account() -> None:
    said = _speaker(f"Many viewers want more. “{_WORDS},” wrote @lantern_fan.")
    assert said == ("@lantern_fan", SourceKind.ORGANISATION)
