"""Our film's full title, a franchise's name and one more word, read from the headline and the
body: a headline's "X Y adds three to its cast" is no one speaking. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str, date: str = "2026-03-21") -> set[str]:
    found = facts(*paragraphs, date=date, title=title)
    return {r.title or "" for r in found.release if r.kind.value == "title" and r.served}


def test_a_headline_that_adds_to_the_cast_is_no_speaker() -> None:
    found = _titles(
        "Streamly has added two newcomers to the Brightwater film ahead of a shoot next month.",
        "Streamly’s Brightwater Always, the feature-length finale to the coming-of-age series,"
        " has added two new faces ahead of a shoot in Hull.",
        "Brightwater Always is due on the service next year.",
        title="Brightwater Always adds two to cast as the finale readies its shoot",
        date="2025-06-20",
    )
    assert found == {"Brightwater Always"}


def test_a_name_that_adds_words_is_a_speaker() -> None:
    found = _titles(
        "Streamly has added two newcomers to the Brightwater film ahead of a shoot next month.",
        "Streamly’s Brightwater Always, the feature-length finale to the coming-of-age series,"
        " has two new faces.",
        "Brightwater Always is due on the service next year.",
        "Brightwater Always adds: “We could not be happier.”",
        title="Brightwater Always adds two to cast as the finale readies its shoot",
        date="2025-06-20",
    )
    assert found == set()
