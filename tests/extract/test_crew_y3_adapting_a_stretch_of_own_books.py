"""A writer "adapting the final stretch of her own graphic novels" writes the film and wrote its
books; a stretch of someone else's books credits no author (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Review: Lantern Row bows out with a tender film"


def test_adapting_the_final_stretch_of_her_own_novels_credits_writer_and_author() -> None:
    found = facts(
        "Lantern Row bows out with a tender film. Imke Sorrel, adapting the final stretch of her"
        " own graphic novels, knows which buttons to press.",
        title=_TITLE,
    )
    assert ("writer", "Imke Sorrel") in credits(found)
    assert ("author", "Imke Sorrel") in credits(found)


def test_reading_the_final_stretch_of_her_novels_credits_nothing() -> None:
    found = facts(
        "Lantern Row bows out with a tender film. Imke Sorrel, reading the final stretch of her"
        " own graphic novels aloud, knows which buttons to press.",
        title=_TITLE,
    )
    assert ("author", "Imke Sorrel") not in credits(found)
