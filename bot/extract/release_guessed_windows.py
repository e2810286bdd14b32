"""A release window someone guesses at: the writer's own bet
(:mod:`~bot.extract.release_bets`) or a platform's reported aim
(:mod:`~bot.extract.release_reported_aims`). Both are served hedged; one call for the release
chain, which has no room for two."""

from __future__ import annotations

from bot.extract.release_bets import bet_on
from bot.extract.release_reported_aims import aimed_month
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact


def guessed_window(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The hedged windows bet on or aimed at in ``view``."""
    return bet_on(doc, view, evidence) + aimed_month(doc, view, evidence)
