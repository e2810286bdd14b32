"""A film that opens a numbered edition of an event ("launched the 12th Quillmere on Thursday
night with a gala") is dated by the event, not released then. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _premieres(lede: str) -> set[str]:
    kinds = release_kinds(
        lede, "Crowds queued for hours.", date="2026-03-20", title="Moonwick opens the festival"
    )
    return {value for kind, value, _ in kinds if kind == "premiere_date"}


def test_a_finale_that_launched_an_edition_is_not_released_then() -> None:
    lede = (
        "Hulu’s Moonwick finale launched the 12th Quillmere on Thursday night with a "
        "world premiere gala at the Corn Exchange."
    )
    assert "2026-03-19" not in _premieres(lede)


def test_a_film_that_opened_a_spelled_edition_is_not_released_then() -> None:
    lede = "The Moonwick film opened the thirtieth Tidewater Fest on Thursday with a gala."
    assert "2026-03-19" not in _premieres(lede)


def test_a_film_that_launches_on_a_streamer_keeps_its_day() -> None:
    assert "2026-03-26" in _premieres("Moonwick launches on Hulu on Thursday.")
