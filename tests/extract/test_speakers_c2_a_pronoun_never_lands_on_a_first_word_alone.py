"""A "she" whose own sentence names, before it, only the first word of a name the article has
not met as a person ("a sequel, which Lumo could greenlight by June, but she will say only:")
is held, never guessed onto that name ("the four-part Lumo Original thriller"); a person the
article has already met keeps the words."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Perpetua Hollingbrook-Vance on leading the four-part Lumo Original thriller Saltgrave."
_OPEN = "Perpetua Hollingbrook-Vance laughs when asked about the sequel."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_first_word_met_only_as_a_label_gets_no_words() -> None:
    found = _served(
        _LEDE,
        _OPEN,
        "A sequel, which Lumo could greenlight by June, is rumoured, but she will say only: "
        "“Ask the gulls.”",
    )
    assert ("Lumo Original", SourceKind.PERSON) not in found


def test_a_person_met_before_keeps_the_words() -> None:
    found = _served(
        _LEDE,
        _OPEN,
        "A sequel is rumoured, but Perpetua will say only: “Ask the gulls.”",
    )
    assert found == [("Perpetua Hollingbrook-Vance", SourceKind.PERSON)]
