"""A chart report's paragraph that opens on another placed title ("Tallow Point, whose second
season landed on Tuesday, dropped to third.") goes on about that work: the statement its
channel gave is that work's, not a quote on the page's own leader. The leader's quotes are
served."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LINES = (
    "Marrow Fen has held on to the top spot in the weekly streaming chart.",
    "“We did not expect this at all,” said its creator, Odalys Crane.",
    "Top 3 streaming originals, week to 6 June",
    "1. Marrow Fen (Prime Video) – 612m",
    "2. Tallow Point, season two (Netflix) – 276m",
    "3. Brisket Road (Channel Nine) – 201m",
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tallow Point, whose second season landed on Tuesday, dropped to second. Netflix said in"
        " a statement that it had been “the biggest returning show of the year”.",
        "Tallow Point slipped a place. A Netflix spokesperson said the show was “doing very"
        " nicely, thank you”.",
        "Brisket Road’s debut was steady. “We are thrilled with the start,” said Channel Nine.",
    ],
)
def test_a_rival_paragraphs_statement_is_not_served(paragraph: str) -> None:
    quotes = served_quotes(
        facts(*_LINES, paragraph, title="Streaming charts: Marrow Fen stays at No 1")
    )
    assert any(speaker == "Odalys Crane" for _, speaker in quotes), quotes
    assert [q for q in quotes if q[1] == "Odalys Crane"] == quotes, quotes


def test_a_paragraph_naming_ours_keeps_its_quotes() -> None:
    quotes = served_quotes(
        facts(
            *_LINES,
            "Tallow Point slipped, but Marrow Fen kept climbing. “It is a joy,” said Odalys Crane.",
            title="Streaming charts: Marrow Fen stays at No 1",
        )
    )
    assert ("It is a joy", "Odalys Crane") in quotes, quotes
