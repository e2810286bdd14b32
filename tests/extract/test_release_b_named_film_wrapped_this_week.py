"""The shoot's wrap told with the work named before its noun ("The Copper Bay film finished
shooting this week") dates the wrap by the week's month, as "The film finished shooting this
week" does; a week across two months still names neither. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Copper Bay film finished shooting this week, ten weeks after cameras first rolled."


def _wraps(date: str) -> set[str | None]:
    found = facts(
        _LEDE,
        "Fans shared photos from the set.",
        date=date,
        title="Fans say goodbye as Copper Bay wraps",
    )
    return {r.window for r in found.release if r.served and r.kind.value == "filming_wrapped"}


def test_our_named_film_wrapped_this_week() -> None:
    assert _wraps("2025-09-26") == {"2025-09"}


def test_a_week_across_two_months_names_none() -> None:
    assert _wraps("2025-10-01") == set()
