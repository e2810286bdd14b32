"""A chart report's later sentence that opens with another placed title casts that work, not
the page's own (:mod:`bot.extract.castchartlines`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LINES = (
    "Marrow Fen tops the streaming chart for a second week.",
    "1. Marrow Fen (Prime Video) – 612m",
    "2. Tallow Point, season two (Netflix) – 276m",
    "3. Brisket Road (Channel Nine) – 201m",
    "Marrow Fen stars Odalys Crane as Juniper Holt.",
)


@pytest.mark.parametrize(
    "later",
    [
        "Tallow Point, with Bram Ostler back as the grumpy skipper Nils, fell to fourth.",
        "Tallow Point, which stars Bram Ostler as Nils, held on in second.",
        "Tallow Point’s Bram Ostler returns as Nils, and the show fell a place.",
    ],
)
def test_another_placed_titles_sentence_casts_its_own_work(later: str) -> None:
    found = served_pairs(facts(*_LINES, later, title="Streaming charts: Marrow Fen stays at No 1"))
    assert ("Odalys Crane", "Juniper Holt") in found
    assert ("Bram Ostler", "Nils") not in found, later


def test_the_own_titles_later_sentence_still_casts() -> None:
    found = served_pairs(
        facts(
            *_LINES,
            "Marrow Fen, with Piet Sollis as the lighthouse keeper Aldo, climbed from third.",
            title="Streaming charts: Marrow Fen stays at No 1",
        )
    )
    assert ("Piet Sollis", "Aldo") in found


_OTHER_LINES = (
    "Marrow Fen tops the streaming chart for a second week.",
    "1. Marrow Fen (Prime Video) – 612m",
    "2. Now (Hulu) – 276m",
    "3. Brisket Road (Channel Nine) – 201m",
)


@pytest.mark.parametrize(
    "later",
    [
        "Now viewers can stream Marrow Fen, which stars Odalys Crane as Juniper Holt, in 4K.",
        "Brisket Road held steady, while Marrow Fen stars Odalys Crane as Juniper Holt.",
        "Brisket Road’s slide aside, Marrow Fen, with Odalys Crane as Juniper Holt, held on.",
    ],
)
def test_a_placed_title_opening_a_sentence_on_our_work_keeps_our_casting(later: str) -> None:
    found = served_pairs(
        facts(*_OTHER_LINES, later, title="Streaming charts: Marrow Fen stays at No 1")
    )
    assert ("Odalys Crane", "Juniper Holt") in found, later
