"""A post told for this turn, set against the runs before ("The director this time is X",
"The composer this time around is X"), names this work's holder as "The director is X" does;
a post that is no crew job, or one told in the past, credits nothing (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "Brackwater Bay: the last summer, by the pair who lived it"
_LEDE = "Brackwater Bay, the film that closes the series, reaches Prime Video in July."


def _credits(sentence: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, sentence, date="2026-03-10", title=_TITLE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_this_turns_holder_of_the_post_is_credited() -> None:
    for sentence, name, role in (
        (
            "The director this time is Rosalind Eke, and the pair say she let them breathe.",
            "Rosalind Eke",
            CrewRole.DIRECTOR,
        ),
        ("The composer this time around is Tobiah Marr.", "Tobiah Marr", CrewRole.COMPOSER),
        (
            "The editor this time round is Odile Fane, who cut the trailer too.",
            "Odile Fane",
            CrewRole.EDITOR,
        ),
    ):
        assert (name, role) in _credits(sentence), sentence


def test_no_job_or_a_past_turn_credits_nothing() -> None:
    for sentence in (
        "The winner this time is Rosalind Eke, who beat the pair at darts.",
        "The director this time was Rosalind Eke, though the pilot had another.",
    ):
        assert not _credits(sentence), sentence
