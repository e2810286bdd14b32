""" "Filming took place over six weeks on the moor, starting on 3 March 2025 and wrapping in
late April": the participle after a past shoot's span dates its start, and the bare month of
the wrap takes the start's year. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-09-10", title="First look: Brackenfold")
    return {
        (r.kind.value, str(r.date or r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_participle_after_the_span_dates_the_start() -> None:
    assert _shoot(
        "Filming took place over six weeks on the Corrie peninsula, starting on 3 March 2025 "
        "and wrapping in late April."
    ) == {("filming_started", "2025-03-03"), ("filming_wrapped", "2025-04")}
    assert _shoot(
        "Shooting ran for five weeks on the moor, beginning on 9 June 2025 and wrapping in August."
    ) == {("filming_started", "2025-06-09"), ("filming_wrapped", "2025-08")}


def test_an_event_over_nights_is_no_shoot() -> None:
    assert not _shoot("The premiere took place over two nights on the coast, starting on 3 March.")


def test_a_wrap_by_the_participle_stays_a_wrap() -> None:
    assert _shoot("Filming took place over six weeks on the coast, wrapping on 20 June 2025.") == {
        ("filming_wrapped", "2025-06-20")
    }
