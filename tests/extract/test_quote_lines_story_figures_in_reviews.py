"""Quote lines on invented text: in a review, a figure of the story, described and never named,
who speaks in the present ("the estate manager tells her she has “time”") speaks in the work;
what the writer says outright is still served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, title=title, date="2026-03-04")
    return {quote.text for quote in found.quotes if quote.served}


def test_a_described_figure_speaking_in_a_review_is_held() -> None:
    found = _served(
        "Harriet Moss plays Ada Crane, who has inherited a failing boatyard and, with it, a feud.",
        "Moss is a match for anybody. Watch her face when the estate manager (a nicely oily Piet "
        "Dorn) tells her she has “choices”.",
        "Writer Oda Kemp has said: “I wanted the sea to feel like a creditor.”",
        title="The Boatyard review: a slow, salty family drama",
    )
    assert "choices" not in found
    assert "I wanted the sea to feel like a creditor." in found
