"""A sentence led by another work with two of its makers ("X, written by A and directed by B,
co-stars ...") is that work's: its makers are no crew of ours; our own work so told keeps them."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Ada Vell: ‘Copper Bay taught me to wait’"
_LEDE = "Ada Vell has played Mira in Netflix’s Copper Bay for three seasons."


def test_another_work_led_with_two_makers() -> None:
    found = served_crew(
        _LEDE,
        "Harrow Fen, written by Tom Ashe and directed by Lena Brook, co-stars Ruth Penn as her"
        " sister.",
        title=_TITLE,
    )
    assert not {name for _, name in found} & {"Tom Ashe", "Lena Brook"}


def test_our_work_led_with_two_makers() -> None:
    found = served_crew(
        _LEDE,
        "Copper Bay, written by Tom Ashe and directed by Lena Brook, co-stars Ruth Penn as her"
        " sister.",
        title=_TITLE,
    )
    assert {("writer", "Tom Ashe"), ("director", "Lena Brook")} <= found
