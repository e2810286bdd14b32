"""A name in a phrase fronted before a pronoun subject ("For The Tall Grass, she recorded
...", "With Pennick Quay, he wanted ...") is what the clause is about, never the person the
pronoun means: a "she says" after it goes back to who the piece is about, never to the title."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _people(*paragraphs: str) -> set[str]:
    return {
        q.speaker for q in facts(*paragraphs).quotes if q.served and q.source is SourceKind.PERSON
    }


def test_for_a_title_then_she() -> None:
    found = _people(
        "Marisol Quint-Abernethy is the composer behind the coastal drama The Salt Wardens.",
        "She grew up in a fishing town, and she says the sea was always in her music.",
        "For The Salt Wardens, she recorded a choir in a disused chapel. “I wanted the tide to "
        "sing,” she says.",
    )
    assert found == {"Marisol Quint-Abernethy"}


def test_with_a_title_then_he() -> None:
    found = _people(
        "Anders Pellow-Grange edited the thriller Night Keepers over eleven months.",
        "With Night Keepers, he cut the first hour three times. “It kept getting shorter,” he "
        "said.",
    )
    assert found == {"Anders Pellow-Grange"}


def test_the_fronted_person_is_no_skip_for_another_pronoun() -> None:
    found = _people(
        "Anders Pellow-Grange edited the thriller Night Keepers.",
        "He says the work was slow. “Every cut hurt,” he said.",
    )
    assert found == {"Anders Pellow-Grange"}
