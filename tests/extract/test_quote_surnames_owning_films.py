"""A surname alone that owns a film ("Ferreira’s next film") is the film-maker the article
names in full elsewhere, never a company: her quotes are the person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> set[tuple[str, SourceKind]]:
    return {(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_surname_before_next_film_is_the_person() -> None:
    found = _speakers(
        "Danish composer Lars Holmgaard on scoring Odile Ferreira’s desert thriller Salt Road.",
        "Ferreira, speaking from Paris, said the composer had become “a second editor”.",
        "He is already at work on Ferreira’s next film.",
    )
    assert found == {("Odile Ferreira", SourceKind.PERSON)}


def test_surname_owning_a_drama_is_the_person() -> None:
    found = _speakers(
        "The sound designer Petra Lind joins Ruth Okafor-Hale’s thriller Low Tide.",
        "“Lind listens like no one else,” Okafor-Hale said.",
        "Lind also mixed Okafor-Hale’s earlier drama, which opened in spring.",
    )
    assert found == {("Ruth Okafor-Hale", SourceKind.PERSON)}
