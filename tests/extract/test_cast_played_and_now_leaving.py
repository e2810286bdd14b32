"""An actor told with the part they played and, in the same sentence, leaving the show ("X, who
played Y, is leaving the show") holds that part no longer: former."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


def test_who_played_then_is_leaving_the_show_is_former() -> None:
    found = facts(
        "Jessamy Kell, who played DS Mab Ferrow, is leaving the show. Orrin Taft stays on as "
        "coroner Ludo Pennick.",
        title="Brannock Tide series 2: the news",
    )
    statuses = served_statuses(found)
    assert statuses[("Jessamy Kell", "DS Mab Ferrow")] is CastStatus.FORMER
    assert statuses[("Orrin Taft", "Ludo Pennick")] is CastStatus.CURRENT


def test_who_played_then_another_verb_stays_current() -> None:
    found = facts(
        "Jessamy Kell, who played DS Mab Ferrow, is leaving nothing to chance this series.",
        title="Brannock Tide series 2: the news",
    )
    assert served_statuses(found)[("Jessamy Kell", "DS Mab Ferrow")] is CastStatus.CURRENT
