""" "Landed it" with the work as its object is a broadcaster winning the work, not the work
arriving: "before the BBC landed it in December". Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-12-20", title="Exclusive: Gorse Hill heads to ITV")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_broadcaster_landing_the_work_is_its_win() -> None:
    assert not _windows(
        "Three channels chased Gorse Hill before ITV landed it in November.",
    )
    assert not _windows(
        "Gorse Hill is a four-part drama. Sky landed the rights in October after a bidding war.",
    )


def test_the_work_landing_somewhere_is_still_its_window() -> None:
    assert _windows("Gorse Hill lands on ITV in March.") == {"2027-03"}
