"""A day the article promises its own coverage on ("Full write-up coming this afternoon") is the
piece's, not the production's release; invented articles."""

from __future__ import annotations

from tests.extract.helpers import facts


def premieres(sentence: str) -> list[str]:
    found = facts("The Gullrock series has begun filming in Cornwall.", sentence, date="2026-09-15")
    return [str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"]


def test_the_articles_own_coverage_coming_is_no_premiere() -> None:
    for sentence in (
        "That is the end of the showcase. Full write-up coming this afternoon.",
        "More to follow tonight.",
        "Our review is coming tomorrow.",
    ):
        assert premieres(sentence) == [], sentence


def test_the_production_coming_on_a_day_stays() -> None:
    assert premieres("Gullrock lands on Netflix tomorrow.") == ["2026-09-16"]
