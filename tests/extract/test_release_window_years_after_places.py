"""A month's year is read whole even when a place just before it begins like a month's name
("Sunbury", "Fargo", "Danbury"): the window is never cut short before its year, which would
leave a bare month and put a past shoot in the article's own year. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Everything we know about Harbour Lights"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-05-20", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_shoots_start_after_a_place_keeps_its_year() -> None:
    assert _kinds("Filming began in Sunbury in July 2024, the producers said.") == {
        ("filming_started", "2024-07")
    }
    assert _kinds("Cameras started rolling around Danbury in May 2025.") == {
        ("filming_started", "2025-05")
    }


def test_a_shoots_end_after_a_place_keeps_its_year() -> None:
    assert _kinds(
        "Filming started in Leeds in January 2025 and wrapped in Fargo in March 2025."
    ) == {("filming_started", "2025-01"), ("filming_wrapped", "2025-03")}
