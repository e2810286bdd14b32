"""Review mends of round 201: each test tells apart what a rule of that round served too
widely and what it still serves (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_INTERVIEW_LEDE = "A week before Brackenmoor opens, we met Tove Lindqvist-Aré in a Galway bar."
_INTERVIEW_BODY = "Lindqvist-Aré, who plays the ferrywoman, orders tea. The film opens on 9 June."


def _headlined_credits(title: str) -> set[tuple[str, CrewRole]]:
    found = facts(_INTERVIEW_LEDE, _INTERVIEW_BODY, date="2026-06-01", title=title)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_headlines_job_on_a_work_the_body_never_names_is_no_credit() -> None:
    for title in (
        "Tove Lindqvist-Aré on directing Quillhaven: ‘I was out of my depth’",
        "‘Cut it to the bone’: Tove Lindqvist-Aré on editing Harpers",
    ):
        assert not any(n == "Tove Lindqvist-Aré" for n, _ in _headlined_credits(title)), title


def test_a_headlines_job_on_the_work_the_body_names_is_still_a_credit() -> None:
    title = "‘Cellos and gulls’: Tove Lindqvist-Aré on scoring Brackenmoor"
    assert ("Tove Lindqvist-Aré", CrewRole.COMPOSER) in _headlined_credits(title)
