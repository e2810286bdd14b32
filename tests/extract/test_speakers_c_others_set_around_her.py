"""A sentence that sets others around the pronoun's own person ("Opposite her is Tom Reed as
..., and newcomer Ada Vale, 16, as her daughter.") names no one a "she says" after it stands
for: she is still the one the paragraph before was about. Someone who is the plain subject
of the sentence before still is."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Maya Brook spent a winter on a Hebridean island playing a ferry captain in Lantern Row."
_WORDS = "the gentlest man in Scottish television, and he will hate me for it"


def _speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes}
    return found[_WORDS]


def test_those_around_her_are_not_she() -> None:
    said = _speaker(
        "Brook is less certain. “I nearly said no,” she admits.",
        "Opposite her is Tom Reed as the harbourmaster, and newcomer Ada Vale, 16, as her"
        f" daughter. Reed, she says, is “{_WORDS}”.",
    )
    assert said[0] != "Ada Vale"


def test_a_plain_subject_before_still_is_he() -> None:
    said = _speaker(
        "Brook is less certain. “I nearly said no,” she admits.",
        f"Tom Reed plays the harbourmaster opposite her. “{_WORDS},” he says of his own father.",
    )
    assert said == ("Tom Reed", SourceKind.PERSON)
