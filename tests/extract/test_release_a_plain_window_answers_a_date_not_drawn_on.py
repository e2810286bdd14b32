"""Someone "not drawn on a release date" while the page tells the window plainly elsewhere
("a spokesperson said it would arrive 'in 2027'") is no word that nothing is known. A window
told only as a hope leaves it standing, as does a flat "has not announced". Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The cast of Ferngate faced a packed hall at Tidecastle Comic Con on Saturday."
_NONE = ("not_announced", "", False)


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, *paragraphs, date="2026-10-26", title="Ferngate stars tease")


def test_a_plain_window_elsewhere_answers_a_date_not_drawn_on() -> None:
    for window in (
        'A Kelpa spokesperson said only that the drama would arrive "in 2027".',
        "Kelpa has confirmed Ferngate will stream in 2027.",
    ):
        kinds = _kinds(
            "Ada Venn and Tom Rook would not be drawn on a release date.",
            "The pair spent an hour on stage answering questions about the shoot.",
            window,
        )
        assert _NONE not in kinds, window
        assert ("window", "2027", False) in kinds, window


def test_a_hoped_window_leaves_it_standing() -> None:
    kinds = _kinds(
        "Ada Venn and Tom Rook would not be drawn on a release date.",
        "The pair spent an hour on stage answering questions about the shoot.",
        "Rook said he hoped fans might see it some time in 2027.",
    )
    assert _NONE in kinds
