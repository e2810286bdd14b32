"""A fan convention named with its city ("took the stage at Brisk Comic Con Glasgow on Saturday")
dates the panel, not the release; a release day told plainly still reads. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(lede: str) -> set[str]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_convention_day_with_its_city_is_no_release() -> None:
    lede = (
        "The cast of the network’s crime hit Tarnwick Hollow took to the main stage at Brisk "
        "Comic Con Glasgow on Saturday, with news of a second run."
    )
    assert _premieres(lede) == set()


def test_a_release_day_still_reads() -> None:
    lede = "Tarnwick Hollow premieres on Saturday, the streamer confirmed."
    assert _premieres(lede) == {"2026-05-09"}
