"""A title dated in brackets and then credited ("X (2019), directed by Y") names a
filmography's earlier work: its director is not the page's own, even on a page that never tells
its own work's name by a cue; our own title glossed so keeps its director."""

from __future__ import annotations

from tests.extract.helpers import facts


def _directors(title: str, *paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2027-07-01", title=title)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_an_earlier_dated_titles_director_is_not_served() -> None:
    directors = _directors(
        "An editor on cutting a beloved story down to two hours",
        "Nell Quarry, who is cutting Lumen Tide, talks about the edit.",
        "Before Lumen Tide, Quarry cut Tin Lofts (2023), directed by Bram Oduya and starring "
        "Ida Merrow, which aired on Channel 4.",
    )
    assert "Bram Oduya" not in directors


def test_our_dated_title_keeps_its_director() -> None:
    directors = _directors(
        "Lumen Tide's editor on cutting the final film",
        "The Lumen Tide cast wrapped in May.",
        "Lumen Tide (2027), directed by Ada Vell, is her first feature.",
    )
    assert "Ada Vell" in directors
