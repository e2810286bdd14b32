"""A sentence about our production that names another work only in a person's "known for"
aside does not make the next sentence that other work's, on invented text: "The series is
directed by Piotr Nowak, known for the heist drama “Walls”. Filming started on 12 January."."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts

_LEDE = "Cameras on the new crime series “Rime” arrived in Hull on Monday."


def _starts(*paragraphs: str) -> set[dt.date | None]:
    found = facts(_LEDE, *paragraphs, date="2026-02-03")
    return {r.date for r in found.release if r.kind.value == "filming_started" and r.served}


def test_a_director_known_for_another_drama_leaves_the_shoot_ours() -> None:
    starts = _starts(
        "The six-part series is directed by Piotr Nowak, known for the heist drama “Walls”. "
        "Filming started on 12 January in the old docks."
    )
    assert dt.date(2026, 1, 12) in starts


def test_a_lead_best_known_for_a_comedy_leaves_the_shoot_ours() -> None:
    starts = _starts(
        "The new series stars Ada Pike, best known for the comedy “Gulls”. Shooting began on "
        "12 January in the old docks."
    )
    assert dt.date(2026, 1, 12) in starts
