"""Footage that arrives ("The first footage from X landed on Tuesday") is a promotion's day, not
the film's release; the film itself arriving on a day still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-12")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_footage_arriving_is_not_the_premiere() -> None:
    assert (
        _premieres(
            "New footage from Brackenholt arrived yesterday, and fans have studied every frame.",
            "The streamer has not said when the drama will be released.",
        )
        == set()
    )


def test_the_film_arriving_still_dates_the_premiere() -> None:
    assert _premieres(
        "Brackenholt arrived on the streamer yesterday, and fans have picked over every frame.",
    ) == {"2026-02-11"}
