""" "The studio has not said when it will be released, and cameras could roll in Leeds this
summer": the shoot is the subject of the modal start, so the time is a planned shoot (hedged),
not the release the earlier clause names. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-04-22", title="Exclusive: Marrowgate film confirmed")
    return {
        (r.kind.value, str(r.window), r.hedged)
        for r in found.release
        if r.served and r.window is not None
    }


def test_a_modal_shoot_after_a_release_clause_is_a_planned_shoot() -> None:
    assert _release(
        "Harbourlight has not said when the film will be released, and cameras could roll in "
        "Leeds this summer."
    ) == {("filming_planned", "2026-06/2026-08", True)}
    assert _release(
        "Harbourlight has not said when it will be released, and filming might begin in October."
    ) == {("filming_planned", "2026-10", True)}


def test_a_modal_release_verb_stays_a_window() -> None:
    assert _release(
        "Harbourlight has not said when it will be released, and it could start streaming in "
        "October."
    ) == {("window", "2026-10", True)}
