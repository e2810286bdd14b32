"""A leg of a shoot begun on a day ("began its Leeds block on 3 March") is the day the work
moved to a place, not the day the shoot began; a shoot begun on a day still is. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-04-20", title="Cold Harbour: on set")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_block_begun_in_a_place_is_no_start() -> None:
    found = _release(
        "Cold Harbour, the spy drama with Tova Reen, is a six-part series.",
        "The series began its Leeds block on 3 March after six weeks of filming in Hull.",
    )
    assert not any(kind == "filming_started" for kind, _, _ in found)


def test_a_second_leg_of_the_shoot_is_no_start() -> None:
    found = _release(
        "Cold Harbour, the spy drama with Tova Reen, is a six-part series.",
        "Filming moved on when the crew started the second leg of the shoot on 3 March.",
    )
    assert not any(kind == "filming_started" for kind, _, _ in found)


def test_a_shoot_begun_on_a_day_still_is_a_start() -> None:
    assert ("filming_started", "2026-03-03", False) in _release(
        "Cold Harbour, the spy drama with Tova Reen, is a six-part series.",
        "The series began filming on 3 March, with six weeks in Hull.",
    )
