"""A film already in cinemas has its run widened to more screens ("the distributor is expanding
the release to 240 screens this Friday", "widens its release on Friday"): that date is a later
step of a running release, never its premiere (:mod:`bot.extract.release_others`)."""

from __future__ import annotations

import pytest

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "widened",
    [
        "The distributor, Thornbury Reels, is expanding the release from 60 to 300 screens this"
        " Friday, a spokesperson said.",
        "Thornbury Reels expands its release to 300 cinemas on Friday 23 January.",
        "Its distributor will widen the release nationwide this Friday.",
        "The studio is widening its release to 300 screens on Friday.",
    ],
)
def test_a_widened_run_is_no_premiere(widened: str) -> None:
    found = facts(
        "Pilar Ostend’s drama Saltmarrow earned eight Bafta nominations on Thursday.",
        widened,
        date="2026-01-22",
        title="Awards: how ‘Saltmarrow’ became the outsider nobody can ignore",
    )
    assert not [r for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE]


def test_a_first_release_on_a_day_stays() -> None:
    found = facts(
        "Pilar Ostend’s drama Saltmarrow is released in UK cinemas on Friday 23 January.",
        date="2026-01-12",
        title="Saltmarrow: first look at Pilar Ostend’s coastal drama",
    )
    dates = {str(r.date) for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}
    assert "2026-01-23" in dates
