"""A start verb with a gerund after it ("she began scoring in May") is that task's start, even
when the sentence also says the film was shooting then: no shoot start is told. The shoot's own
start ("Filming began in May", "cameras started rolling in May") still reads. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Composer Ida Strand wrote the score for Glass Bay, out next month."


def _starts(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-02-10", title="The sound of Glass Bay")
    return {
        str(r.date or r.window)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_a_task_begun_while_the_film_shot_is_no_shoot_start() -> None:
    assert "2025-06" not in _starts(
        "Strand started sketching melodies in June 2025, while the film was shooting in Devon.",
    )


def test_the_shoots_own_start_still_reads() -> None:
    assert "2025-05" in _starts(
        "Cameras started rolling in May 2025, and Strand was on set within a week.",
    )
