"""A past shoot's span whose ends are placed inside their months ("from March to late May",
"from April to the end of June last year", "from October into January") still gives its start
and wrap months; a planned one still gives its window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(sentence, date="2026-03-10", title="Lantern Hill: what we know")


def test_a_span_to_late_in_a_month_gives_start_and_wrap() -> None:
    assert _kinds("The shoot ran from March to late May 2025, with scenes filmed in Hull.") == {
        ("filming_started", "2025-03", False),
        ("filming_wrapped", "2025-05", False),
    }


def test_a_span_to_the_end_of_a_month_last_year_gives_start_and_wrap() -> None:
    found = _kinds(
        "The production filmed for nine weeks from the middle of April to the end of June "
        "last year, mostly around Whitby."
    )
    assert found == {("filming_started", "2025-04", False), ("filming_wrapped", "2025-06", False)}


def test_a_span_into_the_next_year_gives_start_and_wrap() -> None:
    assert _kinds("Shooting ran from October 2025 into January, in the darkest weeks.") == {
        ("filming_started", "2025-10", False),
        ("filming_wrapped", "2026-01", False),
    }


def test_a_planned_span_with_edges_is_a_plan() -> None:
    assert _kinds("Filming is scheduled to run from early April to the end of June.") == {
        ("filming_planned", "2026-04/2026-06", False)
    }
