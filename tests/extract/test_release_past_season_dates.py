"""A numbered earlier season's long-gone dates, recalled in an article about a new work."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: The Last Tide, everything we know"


def test_an_earlier_seasons_long_past_dates_are_not_the_works() -> None:
    for sentence in (
        "Most fans expect it next autumn, given the gap on the earlier run: season two finished "
        "shooting in late 2022 and premiered on 12 May 2023.",
        "The film follows the four series, which aired from March 2020 until the fourth "
        "arrived on 6 June 2023.",
    ):
        found = release_kinds(sentence, date="2025-11-02", title=_TITLE)
        assert ("premiere_date", "2023-05-12", False) not in found, sentence
        assert ("premiere_date", "2023-06-06", False) not in found, sentence
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), sentence


def test_a_season_arriving_soon_keeps_its_date() -> None:
    found = release_kinds(
        "Season two premieres on 12 May 2026.", date="2026-02-02", title="Copper Bay season two"
    )
    assert ("premiere_date", "2026-05-12", False) in found
