"""A past shoot told by its two months with a place after the year ("was shot in May and June
2024 around Inishfree"), or in the past perfect ("had been shot ... in May and June 2024"),
began in the first month and wrapped in the second; a lower-case phrase after the year is no
place and stays unread. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _steps(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Gullhaven, the drama from Orla Venn, opens in cinemas next month.",
        sentence,
        date="2026-03-10",
        title="Orla Venn on Gullhaven",
    )
    return {
        (r.kind.value, str(r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_two_months_then_a_place_date_the_shoot() -> None:
    assert _steps("It was shot in May and June 2024 around Inishfree, in a heatwave.") == {
        ("filming_started", "2024-05"),
        ("filming_wrapped", "2024-06"),
    }


def test_a_past_perfect_shoot_over_two_months_is_read() -> None:
    assert _steps(
        "Its producer said the film had been shot over five weeks in May and June 2024 on"
        " Inishfree."
    ) == {("filming_started", "2024-05"), ("filming_wrapped", "2024-06")}


def test_two_months_then_a_lower_case_phrase_stay_unread() -> None:
    assert _steps("It was shot in May and June 2024 in the rain.") == set()
