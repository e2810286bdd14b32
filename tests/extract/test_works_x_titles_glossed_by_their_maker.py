"""A title glossed by its maker between commas ("the release of X, from director Y, on ...")
is brought in as another work: its date and its maker are not the page's own; our own title
glossed the same way keeps its facts."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Lumen Tide trailer lands as fans count down"


def _page(sentence: str) -> tuple[set[str], set[str]]:
    found = facts(
        "The first full Lumen Tide trailer arrived on Tuesday.",
        sentence,
        date="2027-03-08",
        title=TITLE,
    )
    crew = {c.name for c in found.crew if c.served}
    dates = {str(r.date) for r in found.release if r.served and r.date is not None}
    return crew, dates


def test_another_titles_maker_and_date_are_not_served() -> None:
    crew, dates = _page(
        "Cinemas also get the release of Copper Yard, from director Bram Oduya, on 19 March."
    )
    assert "Bram Oduya" not in crew
    assert "2027-03-19" not in dates


def test_our_title_glossed_by_its_maker_keeps_its_director() -> None:
    crew, _ = _page("Lumen Tide, from director Nell Quarry, follows two brothers.")
    assert "Nell Quarry" in crew
