"""A live blog's promise of its own round-up, told with what it covers ("Our round-up of every
title is coming this afternoon"), dates the piece, not the production; the production coming
on a day is still its release. Invented sentences."""

from __future__ import annotations

from bot.extract.release_own_coverage import promises_coverage
from tests.extract.helpers import facts


def _premieres(sentence: str) -> list[str]:
    found = facts("The Gullrock series has begun filming in Cornwall.", sentence, date="2026-09-15")
    return [str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"]


def test_a_round_up_of_every_title_coming_is_no_premiere() -> None:
    for sentence in (
        "Our full round-up of every title is coming this afternoon.",
        "A gallery of all the looks is coming tomorrow.",
    ):
        assert _premieres(sentence) == [], sentence


def test_the_production_of_a_title_coming_stays() -> None:
    assert _premieres("Gullrock lands on Netflix tomorrow.") == ["2026-09-16"]
    assert not promises_coverage("The release of every season is coming")
    assert not promises_coverage("Gullrock, the best of all the titles, is coming")
