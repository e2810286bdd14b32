"""A list item's run-in heading naming a person's book as the modifier of what the item shows
("3. Mira Dane’s book pile. Dane, who plays ...", the heading ending in a full stop and the
item running on in the same paragraph) credits no author, whatever the length of the name; a
book told in a sentence keeps its author."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Lanternfield wraps: our favourite posts from the final week"
_LEDE = "Filming on Lanternfield finished last week, and the cast have been sharing photos."


def test_a_run_in_book_pile_heading_is_no_author_credit() -> None:
    crew = served_crew(
        _LEDE,
        "3. Mira Dane’s book pile. Dane, who plays the librarian Ros, posted the stack of prop"
        " paperbacks her character carries in every scene.",
        title=_TITLE,
    )
    assert ("author", "Mira Dane") not in crew


def test_a_book_told_in_a_sentence_keeps_its_author() -> None:
    crew = served_crew(
        _LEDE,
        "The show is adapted from Mira Dane’s novel. Dane also wrote the first two episodes.",
        title=_TITLE,
    )
    assert ("author", "Mira Dane") in crew
