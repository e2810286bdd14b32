"""A verdict an unnamed critic gives the work is the critic's, never the work's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str, title: str) -> dict[str, tuple[str, SourceKind, bool]]:
    return {
        q.text[:12]: (q.speaker, q.source, q.served) for q in facts(*paragraphs, title=title).quotes
    }


def test_our_critic_calling_it_in_a_live_entry_is_the_critics() -> None:
    found = _quotes(
        "Live updates from the premiere of Amber Tides.",
        '11:20 — Director Ysolde Krenn says the edit took a year. "It nearly broke me," she said.',
        "11:05 — Amber Tides had its first screening last night in the Salle Marais to a long "
        'ovation. Reviews have been strong: our critic called it "a cold, gorgeous slog".',
        title="Amber Tides at Lyon: live updates",
    )
    assert found["a cold, gorg"][1] is SourceKind.UNNAMED
    assert found["It nearly br"][:2] == ("Ysolde Krenn", SourceKind.PERSON)


def test_an_outlets_reviewer_describing_the_work_by_name_is_the_reviewers() -> None:
    found = _quotes(
        "Gannet Point opened at the Rialto on Thursday night.",
        "Gannet Point drew a full house, and the Harbour Gazette's reviewer described Gannet "
        "Point as 'a small, fierce wonder'.",
        title="Gannet Point opens",
    )
    assert found["a small, fie"][1] is SourceKind.UNNAMED
    assert "critic" in found["a small, fie"][0] or "reviewer" in found["a small, fie"][0]


def test_a_critic_named_in_the_clause_stays_that_person() -> None:
    found = _quotes(
        "Gannet Point opened at the Rialto on Thursday night.",
        'The Harbour Gazette\'s critic Ivo Marsh called it "a small, fierce wonder".',
        title="Gannet Point opens",
    )
    assert found["a small, fie"][1] is not SourceKind.UNNAMED or "Marsh" in found["a small, fie"][0]
