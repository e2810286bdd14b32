"""A work that opens the page ("Wick Lantern: the flood arrives") or is named by its episode or
issue in a sentence ("Wick Lantern, episode 3 of the drama, airs on Sunday") is not a masthead:
"Wick Lantern is produced by X" keeps its producer (and an editor credited beside it)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_crew

_HEAD = "Wick Lantern: what we know about the fen drama"


@pytest.mark.parametrize(
    "opening",
    [
        "Wick Lantern: Quillby Pictures has begun filming in the fens.",
        "Wick Lantern, episode 3 of the drama, airs on Sunday.",
        "Wick Lantern, Issue 2 of the comic, sold out in a week.",
        "Wick Lantern - the flood arrives.",
    ],
)
def test_the_work_at_the_top_keeps_its_producer(opening: str) -> None:
    served = served_crew(
        opening,
        "Wick Lantern is produced by Ansel Varrow-Teague for Quillby Pictures.",
        title=_HEAD,
    )
    assert ("producer", "Ansel Varrow-Teague") in served


def test_produced_and_edited_by_beside_a_colon_opening() -> None:
    served = served_crew(
        "Wick Lantern: the flood arrives.",
        "Wick Lantern is produced by Ansel Varrow-Teague and edited by Brisa Okonkwo-Lund.",
        title=_HEAD,
    )
    assert ("producer", "Ansel Varrow-Teague") in served


def test_a_numbered_masthead_still_marks_the_podcast() -> None:
    served = served_crew(
        "Reel Kettle, episode 12 | Hosted by Mabli Quent | 40 mins",
        "Wick Lantern opens in cinemas on Friday.",
        "Reel Kettle is produced by Orrin Vastelle-Pike.",
        title=_HEAD,
    )
    assert ("producer", "Orrin Vastelle-Pike") not in served
