"""A channel named only as where a work airs ("premieres on Thursday 9 April on Harbour One",
"begins on Harbour One", "airs on Harbour One") is an organisation, never a person: a "she
says" after "Harbour has not announced one" is no quote of a person called Harbour One."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _people(*paragraphs: str) -> set[str]:
    return {
        q.speaker for q in facts(*paragraphs).quotes if q.served and q.source is SourceKind.PERSON
    }


def test_premieres_on_a_date_on_a_channel() -> None:
    found = _people(
        "Wilhelmina Ostrander-Kaye wrote the music for Saltwick, a six-part drama.",
        "The series premieres on Thursday 9 April on Corran Vale and streams on LUMA.",
        "Asked about a second series, she laughs. Corran has not announced one. “If they ask, "
        "I’ll be there,” she says.",
    )
    assert "Corran Vale" not in found


def test_begins_on_a_channel() -> None:
    found = _people(
        "Rosalind Achterberg-Nwosu scored Quiet Fathoms, her first thriller.",
        "Quiet Fathoms begins on Brindle Gold next month.",
        "Will there be more? Brindle has said nothing yet. “I hope so,” she said.",
    )
    assert "Brindle Gold" not in found


def test_airs_on_a_channel() -> None:
    found = _people(
        "Tomasz Heathcote-Ibe edits Low Country, which airs on Marram Seven from May.",
        "Marram has kept quiet about a renewal. “We’d love to,” he says.",
    )
    assert "Marram Seven" not in found
