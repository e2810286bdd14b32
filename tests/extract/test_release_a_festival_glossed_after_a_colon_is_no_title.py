"""A festival a review's headline opens with, its full name after a colon in the article ("Lark
Fest: Tarrow Queer Film Festival"), is the event the film plays at, not the film's title."""

from __future__ import annotations

from tests.extract.helpers import served_titles

_HEAD = "Lark Fest review: Osier Kites is a tender farewell"
_LEDE = "Osier Kites closes Lark Fest with a finale that trusts its people, weeks before Lumen."
_BODY = (
    "There is a moment late in Osier Kites when the sisters finally speak.",
    "Osier Kites is released on Lumen on Friday 17 April.",
)


def test_a_festival_glossed_after_a_colon_is_no_title() -> None:
    found = served_titles(
        _LEDE,
        "Screened as the closing-night gala of Lark Fest: Tarrow Queer Film Festival on 21 March.",
        *_BODY,
        date="2026-03-22",
        title=_HEAD,
    )
    assert "Lark Fest" not in found, found


def test_the_reviewed_film_the_headline_opens_with_is_still_the_title() -> None:
    found = served_titles(
        _LEDE,
        "Screened as the closing-night gala of Lark Fest: Tarrow Queer Film Festival on 21 March.",
        *_BODY,
        date="2026-03-22",
        title="Osier Kites review – a tender farewell",
    )
    assert found == ["Osier Kites"], found
