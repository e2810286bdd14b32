"""A maker's previous work's credit is not the article's work's (invented names and titles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

TITLE = "Exclusive: Corvel Pictures boards coastal thriller 'Quillmere'"


def _directors(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title=TITLE)
    return {c.name for c in found.crew if c.role is CrewRole.DIRECTOR}


def test_a_companys_previous_production_credit_is_not_ours() -> None:
    directors = _directors(
        "Corvel Pictures has boarded Quillmere, a six-part thriller.",
        "The series is directed by Tansy Wickford.",
        "Corvel Pictures' previous production, the feature Dunmore Reach (2021), was directed"
        " by Orrin Blaise.",
    )
    assert "Tansy Wickford" in directors
    assert "Orrin Blaise" not in directors


def test_our_own_work_directed_by_keeps_its_credit() -> None:
    directors = _directors(
        "Corvel Pictures has boarded Quillmere, a six-part thriller.",
        "The production, shot in Galway, was directed by Orrin Blaise.",
    )
    assert "Orrin Blaise" in directors
