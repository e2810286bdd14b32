"""A title the article tells as a work by its launch ("X launches on Netflix") or by whom was
asked to direct it ("asked Ada Vale to direct X") is no one a later "he grins" can stand for:
the pronoun goes on to the person the piece is about; a person who launches a venture keeps it."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Director Casimir Oyelaran talks about his new feature, a week before it streams."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_launched_title_is_no_ones_pronoun() -> None:
    found = _served(
        _LEDE,
        "When the studio asked Casimir Oyelaran to direct Lanterns Over Fenmoor, he said yes "
        "at once. “It felt like home,” he says.",
        "Lanterns Over Fenmoor launches on Netflix next Thursday. Is he nervous? “Not yet,” he "
        "laughs.",
    )
    assert ("Lanterns Over Fenmoor", SourceKind.PERSON) not in found
    assert found[-1] == ("Casimir Oyelaran", SourceKind.PERSON)


def test_a_person_who_launches_something_is_still_a_person() -> None:
    found = _served(
        "Producer Ilse Marchetti has started her own company.",
        "Ilse Marchetti launched in Glasgow last spring. “We wanted to be near the sea,” she says.",
    )
    assert found == [("Ilse Marchetti", SourceKind.PERSON)]
