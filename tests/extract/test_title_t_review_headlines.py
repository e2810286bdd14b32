"""Titles on invented text: a review's headline that opens with the reviewed work's name ("X Y
review – ...", "X Y review ★★★★ – ...") names the article's own production, where the lede does
not name it and the article uses it again; not where the name goes on into a season."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_LEDE = "Ysolde Brantry’s six-part drama about a ferry crew is the best thing on this autumn."


def _titles(*paragraphs: str, title: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-05-01", title=title)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_review_headline_names_the_reviewed_work() -> None:
    titles = _titles(
        _LEDE,
        "There is a moment, late in Marrowick Tide, when the captain finally sits down.",
        "Marrowick Tide is on the channel on Sunday at 9pm.",
        title="Marrowick Tide review – a slow, salty drama that earns its storms",
    )
    assert titles == {"Marrowick Tide"}


def test_a_review_headline_with_stars_names_the_reviewed_work() -> None:
    titles = _titles(
        _LEDE,
        "There is a moment, late in Marrowick Tide, when the captain finally sits down.",
        "Marrowick Tide is on the channel on Sunday at 9pm.",
        title="Marrowick Tide review ★★★★ – a slow, salty drama that earns its storms",
    )
    assert titles == {"Marrowick Tide"}


def test_a_review_of_a_season_is_not_the_works_title() -> None:
    titles = _titles(
        _LEDE,
        "There is a moment, late in Marrowick Tide, when the captain finally sits down.",
        "Marrowick Tide is on the channel on Sunday at 9pm.",
        title="Marrowick Tide season 2 review – a slow, salty return",
    )
    assert "Marrowick Tide" not in titles
