"""An awards ceremony's or festival's broadcast is the event's, not the film's release: "The
awards will be broadcast on Channel 5 on Sunday 8 March" in a piece about a nominated film.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_LEDE = "The Pewter Compass leads this year's screen award nominations with seven."


def _times(text: str) -> set[str]:
    found = served_releases(_LEDE, text, date="2026-01-20")
    return {str(r.date or r.window) for r in found if r.kind.value in {"premiere_date", "window"}}


def test_a_ceremony_broadcast_is_not_the_films_release() -> None:
    for text in (
        "The 31st Harrowgate screen awards will be broadcast on Channel 5 on Sunday 8 March.",
        "The ceremony will be televised live on ITV1 on 8 March.",
        "This year's prizegiving airs on BBC Two on Saturday 7 March.",
    ):
        assert _times(text) == set(), text


def test_the_films_own_broadcast_still_counts() -> None:
    text = "The Pewter Compass will be broadcast on Channel 5 on Sunday 8 March."
    assert _times(text) == {"2026-03-08"}
