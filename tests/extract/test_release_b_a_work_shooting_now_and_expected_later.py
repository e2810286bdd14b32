"""A work "filming now and expected on" a channel at a time: the time is the release's hoped-for
window, not a shoot's plan; a shoot told to start at a time stays a plan. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-02-10", title="Podcast: the makers of Gullhaven")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_drama_filming_now_and_expected_next_year_has_a_window() -> None:
    found = _release(
        "This week we talk to Orla Venn, writer of Gullhaven, the four-part drama about a ferry"
        " family that is filming now and expected on Channel 4 next year.",
    )
    assert ("window", "2027", True) in found
    assert not any(kind == "filming_planned" for kind, _, _ in found)


def test_filming_expected_to_start_next_year_stays_a_plan() -> None:
    found = _release(
        "Gullhaven, the four-part drama about a ferry family from Orla Venn, is expected to start"
        " filming next year.",
    )
    assert not any(kind == "window" for kind, _, _ in found)
