"""In an answer about the shoot, a month narrowed to its day in words ("We started in March, the
ninth") is that day, and "..., and finished in May" shares the "we" before it. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-10-20", title="Tarn Hollow: Ada Voss on the last day")
    return {
        (r.kind.value, str(r.date or r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_month_narrowed_to_its_day() -> None:
    assert _shoot(
        "Ada Voss talked to us about Tarn Hollow.",
        "REID: You shot it last spring?",
        "VOSS: We started in March, the ninth, and finished in May.",
    ) == {("filming_started", "2026-03-09"), ("filming_wrapped", "2026-05")}
    assert _shoot(
        "Ada Voss talked to us about Tarn Hollow.",
        "REID: When did you film it?",
        "VOSS: We began in April, the twenty-first. It rained for a week.",
    ) == {("filming_started", "2026-04-21")}


def test_an_ordinal_with_a_noun_after_is_no_day() -> None:
    assert _shoot(
        "Ada Voss talked to us about Tarn Hollow.",
        "REID: You shot it last spring?",
        "VOSS: We started in March, the first month we were all free.",
    ) == {("filming_started", "2026-03")}
