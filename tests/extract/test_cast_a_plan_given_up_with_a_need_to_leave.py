""" "X was going to play Bram, but he had to step back for personal reasons": a planned part the
actor had to give up is a former casting; a plan told without any leaving stays current."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _status(text: str, actor: str) -> CastStatus | None:
    found = facts("Marrow Quay starts filming in Hull this spring.", text)
    return next((c.status for c in found.cast if c.actor == actor and c.served), None)


def test_going_to_play_then_had_to_step_back() -> None:
    text = (
        "Dev Arlott was going to play Lena's cousin Piet, but he had to step back for family"
        " reasons. Joss Varne plays Piet now."
    )
    assert _status(text, "Dev Arlott") is CastStatus.FORMER
    assert _status(text, "Joss Varne") is CastStatus.CURRENT


def test_set_to_play_then_had_to_leave() -> None:
    text = "Dev Arlott was set to play Piet, but he had to leave the production in March."
    assert _status(text, "Dev Arlott") is CastStatus.FORMER


def test_going_to_play_without_leaving_stays_current() -> None:
    text = "Dev Arlott was going to play Piet from the start, and he says it was worth the wait."
    assert _status(text, "Dev Arlott") is CastStatus.CURRENT
