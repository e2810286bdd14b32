"""A part played for some seasons by someone who has now left, on invented text."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "Copper Bay's second season is on its way."


def _cast(text: str) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in facts(_LEDE, text).cast if c.served}


def test_who_played_it_through_earlier_seasons_then_left_is_a_former_actor() -> None:
    for text in (
        "Dora Penn, who played harbour pilot Agatha Lowe throughout season one, has left the show.",
        "Dora Penn, who played Agatha Lowe in the first two series, has quit Copper Bay.",
    ):
        assert _cast(text).get(("Dora Penn", "Agatha Lowe")) is CastStatus.FORMER


def test_who_played_it_in_another_works_seasons_stays_silent() -> None:
    text = "Dora Penn, who played Agatha Lowe in season one of Fen Light, has joined the cast."
    assert ("Dora Penn", "Agatha Lowe") not in _cast(text)
