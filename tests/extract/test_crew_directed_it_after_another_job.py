"""A director told with "it" after another job on the same "it" ("A wrote it, B directed it")
is the production's director, as one who opens the sentence is (invented sentences, none of
the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

TITLE = "Ferncliff: trailer and FAQ"


def test_wrote_it_then_directed_it() -> None:
    found = served_crew(
        "The Ferncliff trailer lands tomorrow.",
        "Who made it? Tove Karsh wrote it, Bram Ellery directed it. Same team as before.",
        title=TITLE,
    )
    assert ("director", "Bram Ellery") in found


def test_produced_it_and_directed_it() -> None:
    found = served_crew(
        "The Ferncliff trailer lands tomorrow.",
        "Ines Marr produced it and Bram Ellery directed it, as with the first film.",
        title=TITLE,
    )
    assert ("director", "Bram Ellery") in found
    assert ("director", "Ines Marr") not in found
