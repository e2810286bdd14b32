"""A name fronted by a preposition with a "which" or "where" clause after it ("For The Salt
Wardens, which shot in May, she recorded ...") is still the clause's topic, never the person the
pronoun means: a "she says" after it goes back to who the piece is about, never to the title. A
"who" clause speaks of a person, so that shape is left as it was."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _people(*paragraphs: str) -> set[str]:
    return {
        q.speaker for q in facts(*paragraphs).quotes if q.served and q.source is SourceKind.PERSON
    }


def test_for_a_title_which_clause_then_she() -> None:
    found = _people(
        "Marisol Quint-Abernethy is the composer behind the coastal drama The Salt Wardens.",
        "For The Salt Wardens, which began shooting on 3 May, she recorded a choir in a chapel. "
        "“I wanted the tide to sing,” she explains.",
    )
    assert found == {"Marisol Quint-Abernethy"}


def test_with_a_title_where_clause_then_he() -> None:
    found = _people(
        "Anders Pellow-Grange edited the thriller Night Keepers over eleven months.",
        "On Night Keepers Forever, where the cutting room was a barn, he cut the first hour "
        "three times. “It kept getting shorter,” he said.",
    )
    assert "Night Keepers Forever" not in found


def test_no_fronted_preposition_stays_as_it_was() -> None:
    found = _people(
        "Anders Pellow-Grange edited the thriller Night Keepers.",
        "He says the work was slow. “Every cut hurt,” he said.",
    )
    assert found == {"Anders Pellow-Grange"}
