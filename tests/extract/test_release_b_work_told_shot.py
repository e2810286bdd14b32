"""The work itself told shot in the past ("The drama was shot across five weeks in Mayo,
starting on ...") is a shoot's clause: the participle's day is the start. A scene or a person
that "was shot" tells no shoot. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-04", title="Marram Point reviewed")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_a_work_shot_then_its_start_by_a_participle() -> None:
    assert _starts(
        "Marram Point is a slow, lovely drama.",
        "The drama was shot across five weeks in Mayo, starting on 9 February 2025 and "
        "finishing in March.",
    ) == {"2025-02-09"}


def test_a_scene_or_a_person_shot_is_no_shoot() -> None:
    assert not _starts(
        "Marram Point is a slow, lovely drama.",
        "The ferry scene was shot in one take, starting on 9 February 2025 by the pier.",
    )
    assert not _starts(
        "Marram Point is a slow, lovely drama.",
        "Its hero was shot in the second episode, starting on 9 February 2025 a feud.",
    )
