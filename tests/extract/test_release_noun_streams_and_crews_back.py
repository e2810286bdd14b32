"""Release: "a stream of" people is a noun, never the film streaming; crews "due back" in a place
on a day is a planned leg of the shoot, never the film's arrival. Invented text."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Crews from the Lumen film Gorse Hollow have set up in Wrenbury."


def _served(found: object) -> set[tuple[ReleaseKind, dt.date | None]]:
    return {(r.kind, r.date) for r in found.release if r.served}  # type: ignore[attr-defined]


def test_a_stream_of_people_on_a_day_is_no_release() -> None:
    found = facts(
        _LEDE,
        "Shoppers in Wrenbury met generators and a steady stream of onlookers on Monday, as the"
        " film Gorse Hollow took over the market square.",
        date="2025-06-12",
    )
    assert not any(kind is ReleaseKind.PREMIERE_DATE for kind, _ in _served(found))


def test_the_film_streaming_on_a_day_is_still_its_release() -> None:
    found = facts(
        _LEDE,
        "Gorse Hollow streams on Lumen from Friday 3 October.",
        date="2025-06-12",
    )
    assert (ReleaseKind.PREMIERE_DATE, dt.date(2025, 10, 3)) in _served(found)


def test_crews_due_back_on_a_day_plan_a_leg_of_the_shoot() -> None:
    found = facts(
        _LEDE,
        "Crews are due back in the village next Monday for three more days of night shoots.",
        date="2025-06-12",
    )
    served = _served(found)
    assert (ReleaseKind.FILMING_PLANNED, dt.date(2025, 6, 16)) in served
    assert not any(kind is ReleaseKind.PREMIERE_DATE for kind, _ in served)


def test_the_film_due_on_a_day_is_still_its_release() -> None:
    found = facts(_LEDE, "Gorse Hollow is due on Lumen next Monday.", date="2025-06-12")
    assert (ReleaseKind.PREMIERE_DATE, dt.date(2025, 6, 16)) in _served(found)
