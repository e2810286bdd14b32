"""A profile's subject, named in the headline, who is "now preparing for her next project, a
thriller, which starts shooting in May": the subject's name is the job's holder, not our title,
so the shoot is the next job's. A title the headline names as the next project ("Saltwick is
her next project") is still ours. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_PROFILE = "Behind the lens: the quiet rise of Maren Ostvik"


def _planned(sentence: str, title: str) -> list[str | None]:
    found = facts("Ostvik shot two features last year.", sentence, date="2025-11-03", title=title)
    return [r.window for r in found.release if r.kind.value == "filming_planned" and r.served]


def test_a_profile_subjects_next_project_is_not_our_shoot() -> None:
    for sentence in (
        "Ostvik is now in preparation for her next project, a Cardiff-set western she calls"
        " only “a long ride”, which is due to start shooting in March.",
        "Maren Ostvik is busy scouting locations for her next project, a heist comedy, which"
        " is due to start shooting in March.",
    ):
        assert _planned(sentence, _PROFILE) == [], sentence


def test_a_headline_title_named_as_the_next_project_is_still_read() -> None:
    title = "Saltwick: Maren Ostvik's coastal drama gets a green light"
    sentence = (
        "Saltwick is her next project, a coastal drama, which is due to start shooting in March."
    )
    assert _planned(sentence, title) == ["2026-03"]
