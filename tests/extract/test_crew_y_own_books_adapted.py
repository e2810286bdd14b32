"""The author adapting their own books, told without "for the screen": "X, who created the show
and adapted her own novels, ..." and "the film, which X wrote from her own books, ..." credit
X as writer and as author; an adaptation into another work or a dated one does not credit the
writer (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Quarry Bell gets its awards push"
_LEDE = "The streamer has begun its awards campaign for The Quarry Bell."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_own_books_adapted_credit_writer_and_author() -> None:
    for sentence in (
        "It is pushing Ines Calloway, who created the show and adapted her own novels, for the"
        " screenplay prize.",
        "The film, which Ines Calloway wrote from her comic books, finished shooting in March.",
    ):
        found = _credits(sentence)
        assert ("Ines Calloway", "writer") in found, sentence
        assert ("Ines Calloway", "author") in found, sentence


def test_another_or_dated_adaptation_is_no_writers_credit() -> None:
    for sentence in (
        "Ines Calloway adapted her own novels into the 2015 series Harrow Lane.",
        "Ines Calloway, who adapted her own novel in 2019, was at the screening.",
    ):
        assert ("Ines Calloway", "writer") not in _credits(sentence), sentence
