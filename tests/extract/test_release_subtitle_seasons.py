"""A title whose subtitle ends in "Season" or "Episode" ("Paper Boats: Every Season", "Kiln
Street: The Lost Episode") names the film, not a season of another show, so its date is read;
"Paper Boats: Season 2" is still a season. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _kinds(paragraph: str, title: str) -> set[tuple[str, str, bool]]:
    served = served_releases(paragraph, date="2026-02-19", title=title)
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_a_subtitle_ending_in_season_keeps_its_release_day() -> None:
    kinds = _kinds(
        "Paper Boats: Every Season is finally out tomorrow – Friday 20 February – on Netflix.",
        "What time is Paper Boats: Every Season released on Netflix?",
    )
    assert ("premiere_date", "2026-02-20", False) in kinds


def test_a_subtitle_ending_in_episode_keeps_its_release_day() -> None:
    kinds = _kinds(
        "Kiln Street: The Lost Episode lands on Prime Video on 6 March.",
        "When is Kiln Street: The Lost Episode out?",
    )
    assert ("premiere_date", "2026-03-06", False) in kinds


def test_another_shows_subtitle_season_is_still_another_shows() -> None:
    kinds = _kinds(
        "Paper Boats lands on Netflix on 6 March. Its star also leads Tidewater: The Final "
        "Season, which arrives on Hulu on 20 March.",
        "What time is Paper Boats released on Netflix?",
    )
    assert ("premiere_date", "2026-03-20", False) not in kinds
