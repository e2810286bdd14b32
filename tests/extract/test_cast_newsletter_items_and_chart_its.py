"""Castings of other works in a newsletter's numbered items and after a chart's other entry."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Morning, readers. Two things you need to know today."
_OURS = (
    "1. LANTERNFIELD: ALWAYS",
    "Netflix has revealed the title of the Lanternfield film: it's Lanternfield: Always. "
    "Corin Ashgrove returns as Tobias Wren.",
)
_TITLE = "The Slate: Lanternfield gets its title, Dunmere is back"


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. DUNMERE RETURNS",
            "Channel 5 has renewed its rural thriller Dunmere for a fourth series. Pella Ostrand "
            "returns as DS Rhoda Vance, with filming due to start in Whitby in June.",
        ),
        (
            "2. ‘Dunmere’ loses its lead",
            "Channel 5’s ‘Dunmere’ is recasting after Pella Ostrand stepped away from the role "
            "of DS Rhoda Vance for family reasons.",
        ),
        (
            "2. DUNMERE IS BACK",
            "Sky’s “Dunmere” returns in June, with Pella Ostrand once again as DS Rhoda Vance.",
        ),
    ],
)
def test_numbered_item_headed_by_another_work_casts_that_work(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-01-22", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))


def test_numbered_item_naming_a_part_not_a_work_keeps_its_casting() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. Tobias gets a new neighbour",
        "Corin Ashgrove’s Tobias meets his match on the pier: Odile Farr joins the film as "
        "Hester Quill.",
        date="2026-01-22",
        title=_TITLE,
    )
    assert ("Odile Farr", "Hester Quill") in served_pairs(found)


@pytest.mark.parametrize(
    "its",
    [
        "Its voice cast is led by Quilla Darrow as Moth.",
        "Its cast is led by Quilla Darrow as Moth.",
        "Its ensemble includes Quilla Darrow as Moth.",
    ],
)
def test_its_cast_after_another_ranked_work_is_that_works(its: str) -> None:
    found = facts(
        "Prime Video’s ‘Lanternfield’ was the most-watched streaming film in the week, according "
        "to the latest figures.",
        "The thriller stars Corin Ashgrove as Tobias Wren.",
        "Elsewhere in the chart, Apple’s animated sequel ‘Moth and the Lamp 2’ slipped to second "
        f"place with 1.1 billion minutes. {its}",
        date="2026-09-17",
        title="‘Lanternfield’ tops the streaming film chart",
    )
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert ("Quilla Darrow", "Moth") not in served_pairs(found)


def test_item_on_a_show_the_headline_also_names_casts_that_show() -> None:
    found = facts(
        "Morning, readers. Two things you need to know today.",
        "1. Lanternfield gets a date",
        "Netflix has dated the Lanternfield film for 12 June. Corin Ashgrove returns as Tobias "
        "Wren.",
        "2. ‘Dunmere’ is back",
        "Channel 5 has renewed its rural drama ‘Dunmere’ for a fourth series. Pella Ostrand "
        "returns as DS Rhoda Vance, with filming due to start in Whitby in June.",
        date="2026-03-05",
        title="The Slate: Lanternfield gets its date, ‘Dunmere’ is back",
    )
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
