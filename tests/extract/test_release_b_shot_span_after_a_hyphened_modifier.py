"""The production told as shot over a span with a hyphened word before its noun ("The
four-part drama was filmed between ...") is still the shoot; a plain noun phrase that is not the
production ("The three-day festival was filmed ...") stays out. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-01-20", title="Marram Point gets a trailer")
    return {
        (r.kind.value, str(r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_hyphened_production_shot_over_a_span_is_the_shoot() -> None:
    assert _shoot(
        "The four-part drama, made by Tern Films for ITV, was filmed in Oban from April to June "
        "2025."
    ) == {("filming_started", "2025-04"), ("filming_wrapped", "2025-06")}


def test_another_hyphened_noun_shot_over_a_span_stays_out() -> None:
    assert not _shoot("The three-day festival was filmed in Oban from April to June 2025.")
