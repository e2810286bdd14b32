"""A name told as newly official is news of a title even when the article used it before, on
invented text: "It's official: the sequel is called Salt Meadow Rising", "the film is officially
titled ...". A plain "it is called ..." of a name already in use is still held."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Salt Meadow Rising: what we know about the sequel"


def _titles(*paragraphs: str) -> dict[str, float]:
    found = facts(*paragraphs, date="2026-01-20", title=_TITLE)
    return {r.title or "": r.confidence for r in found.release if r.kind.value == "title"}


def test_its_official_before_a_plain_naming_is_a_title_reveal() -> None:
    titles = _titles(
        "Salt Meadow Rising is shooting in Cornwall.",
        "It's official: the Salt Meadow sequel is called Salt Meadow Rising. Apple shared the "
        "name on Monday with a short clip.",
    )
    assert titles.get("Salt Meadow Rising", 0.0) >= 0.9


def test_officially_titled_is_a_title_reveal() -> None:
    titles = _titles(
        "Salt Meadow Rising is shooting in Cornwall.",
        "The follow-up is officially titled Salt Meadow Rising, the studio said.",
    )
    assert titles.get("Salt Meadow Rising", 0.0) >= 0.9


def test_a_plain_naming_of_the_name_in_use_is_still_held() -> None:
    titles = _titles(
        "Salt Meadow Rising is shooting in Cornwall.",
        "It is called Salt Meadow Rising, not Salt Meadow Risen.",
    )
    assert titles.get("Salt Meadow Rising", 1.0) < 0.9
