"""A profile's closing "After Title, X returns to the stage as Y, directed by Z": the part and
the director past the comma are the next work's (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_after_our_work_the_next_stage_run_gives_no_credit() -> None:
    found = facts(
        "Tamsin Orrebrook is the lead in Quillmarsh, a new drama for Sky, written by Elspeth"
        " Vantree.",
        "After Quillmarsh, Orrebrook returns to the stage as Hedda at the Lowmere Playhouse next"
        " spring, directed by Dorran Pike.",
        date="2026-08-16",
        title="Tamsin Orrebrook: ‘I had to learn to sail’",
    )
    names = {c.name for c in found.crew if c.served}
    assert "Dorran Pike" not in names
    assert "Elspeth Vantree" in names


def test_after_a_time_the_sentence_stays_ours() -> None:
    found = facts(
        "Tamsin Orrebrook leads the Sky drama Quillmarsh.",
        "After Christmas, Quillmarsh will return to the schedules, directed by Dorran Pike.",
        date="2026-08-16",
        title="Quillmarsh: first look",
    )
    assert "Dorran Pike" in {c.name for c in found.crew if c.served}
