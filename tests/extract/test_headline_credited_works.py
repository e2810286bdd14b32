"""A title the headline credits a person with ("‘Salt Meadow’ Star X To Lead ‘Brine’") is
another work: what the body says of it is not the article's own production's (invented)."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def test_a_credited_works_next_season_gives_no_release_window() -> None:
    for headline in (
        "‘Salt Meadow’ Star Ines Varga To Lead Thriller ‘Brine’",
        "'Salt Meadow' actress Ines Varga to lead 'Brine'",
    ):
        served = served_releases(
            "Ines Varga is set to lead Brine, a coastal thriller.",
            "Varga is currently shooting the second season of Salt Meadow, which returns to "
            "Lumen in spring 2026.",
            title=headline,
        )
        assert [r.window for r in served if r.kind.value != "title"] == [], headline


def test_the_headlines_own_title_keeps_its_season() -> None:
    served = served_releases(
        "Ines Varga returns for more.",
        "The second season of Salt Meadow returns to Lumen in spring 2026.",
        title="‘Salt Meadow’ season two: everything we know",
    )
    assert [r.window for r in served] == ["2026-03/2026-05"]
