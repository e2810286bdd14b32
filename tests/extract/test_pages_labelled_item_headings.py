"""A newsletter item headed by a label in capitals before the work's name ("2. ALSO CAST: THE
TIN-ROOF GANG", "3. DATES: COPPER SOUND"), its paragraph then setting that name as a work
("Sky has cast its heist comedy The Tin-Roof Gang"): the item is another work's, so its
"Writer Ada Vale" credits that work, not ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "The Brief: Lantern Bay's finale gets a premiere, plus a new heist comedy"


def _newsletter(heading: str, opening: str) -> set[tuple[str, str]]:
    return served_crew(
        "Morning, all. Two things today.",
        _HEADLINE,
        "1. LANTERN BAY SAYS GOODBYE",
        "The Lantern Bay finale, directed by Perrin Gautschi, premieres next month.",
        heading,
        f"{opening} Filming begins in August. Writer Ivo Kjeldsen promises laughs.",
        title=_HEADLINE,
    )


def test_a_labelled_items_writer_is_not_ours() -> None:
    for heading, opening in (
        ("2. ALSO CAST: THE TIN-ROOF GANG", "Sky has cast its heist comedy The Tin-Roof Gang."),
        ("2. DATES: COPPER SOUND", "ITV’s seaside drama Copper Sound returns in the autumn."),
        ("2. NEW: THE DRY-DOCK BOYS", "The new comedy The Dry-Dock Boys is coming to E4."),
    ):
        found = _newsletter(heading, opening)
        assert ("writer", "Ivo Kjeldsen") not in found, heading
        assert ("director", "Perrin Gautschi") in found, heading
