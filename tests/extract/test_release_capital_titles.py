"""A title printed in capitals ("will be titled COPPER BAY: EVERY TIDE") is a press release's
house style, not the title's spelling: the normal-case spelling the article gives elsewhere is
served instead (a title found only in capitals is held)."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str) -> set[str]:
    found = served_releases(*paragraphs, date="2026-01-20", title="Studio news")
    return {r.title for r in found if r.title}


def test_a_title_in_capitals_is_served_in_the_articles_normal_case() -> None:
    for lede, body in (
        (
            "The Copper Bay film will be called Copper Bay: Every Tide, the studio said.",
            "The feature will be titled COPPER BAY: EVERY TIDE, and lands on 9 October 2026.",
        ),
        (
            "Copper Bay: Every Tide is the name of the new film.",
            "The studio today announced that the film is titled COPPER BAY: EVERY TIDE.",
        ),
        (
            "The studio has revealed the title of the Copper Bay film.",
            "The film will be called COPPER BAY: EVERY TIDE. Copper Bay: Every Tide fans cheer.",
        ),
    ):
        titles = _titles(lede, body)
        assert "COPPER BAY: EVERY TIDE" not in titles, body
        assert titles <= {"Copper Bay: Every Tide"}, titles


def test_a_title_in_normal_case_is_untouched() -> None:
    titles = _titles("The studio has news.", "The film will be called Copper Bay: Every Tide.")
    assert titles == {"Copper Bay: Every Tide"}
