"""A newsletter item whose first paragraph sets the heading's name as a channel's or streamer's
work ("Apple TV’s Gorse Hollow is ...", "ITV’s Tallow Creek returns ...") is that work's item:
its "Director Ada Vale" credits that work, not ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "The Sunday Sift: Lantern Bay's finale gets a date, plus a quiet gem"


def _newsletter(heading: str, opening: str) -> set[tuple[str, str]]:
    return served_crew(
        "Morning, all. Three things today.",
        _HEADLINE,
        "1. FIRST LOOK: Lantern Bay",
        "The Lantern Bay finale, directed by Perrin Gautschi, premieres next month.",
        heading,
        f"{opening} Director Ivo Kjeldsen keeps it tender without going soft.",
        title=_HEADLINE,
    )


def test_a_channel_owned_items_director_is_not_ours() -> None:
    for heading, opening in (
        (
            "2. WHAT WE’RE WATCHING: Gorse Hollow",
            "If you need a lift, Apple TV’s Gorse Hollow is a delight.",
        ),
        ("2. TRY THIS: Tallow Creek", "For something gentler, ITV’s Tallow Creek is back."),
        ("2. Quillmoor Hall", "Channel 4’s Quillmoor Hall is the best thing on this month."),
    ):
        crew = _newsletter(heading, opening)
        assert ("director", "Perrin Gautschi") in crew, heading
        assert ("director", "Ivo Kjeldsen") not in crew, heading


def test_a_persons_possessive_sets_no_work() -> None:
    crew = _newsletter(
        "2. TRY THIS: Lantern Bay",
        "For something gentler, Orla Fenwick’s Lantern Bay turn is a gem.",
    )
    assert ("director", "Ivo Kjeldsen") in crew
