"""A crew member's next job told after a colon ("lined up for his next job: a Channel 4 drama
that starts shooting in spring") is another work: its shoot is not ours. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-07-02", title="The eye behind Quillmere")
    return {r.kind.value for r in found.release if r.served}


def test_a_next_job_after_a_colon_is_not_our_shoot() -> None:
    kinds = _kinds(
        "Orrin Vasko is the director of photography on Quillmere, the BBC's harbour thriller.",
        "Filming began in February on the Dunstaple coast.",
        "Vasko is already lined up for his next job: a Channel 4 drama that starts shooting "
        "in Glasgow in spring 2027.",
    )
    assert "filming_planned" not in kinds
    assert "filming_started" in kinds


def test_our_own_shoot_after_a_colon_stays() -> None:
    kinds = _kinds(
        "Orrin Vasko is the director of photography on Quillmere, the BBC's harbour thriller.",
        "The plan for Quillmere is clear: the drama starts shooting in Glasgow in spring 2027.",
    )
    assert "filming_planned" in kinds
