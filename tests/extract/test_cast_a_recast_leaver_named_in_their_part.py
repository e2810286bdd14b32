"""A leaver whose part was recast, mourned later in their part ("I fell in love with Ada Vell's
Nell"), is a former holder, not the part's current actor; with no recast told, the possessive
part stays current (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_TITLE = "Opinion: Ashby Lane will never be the same"
_LEDE = "Vela's Ashby Lane returns next month."


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return served_statuses(facts(_LEDE, *paragraphs, title=_TITLE))


def test_a_recast_leaver_in_their_part_is_former() -> None:
    for news in (
        "Ada Vell, who played café owner Nell Carrow in the first series, has chosen to step away,"
        " and the role has been recast, with Rin Soto taking over as Nell for series two.",
        "Ada Vell, who played café owner Nell Carrow in the first series, has quit, and Rin Soto"
        " takes over as Nell for series two.",
    ):
        statuses = _statuses(news, "But I fell in love with Ada Vell's Nell, and I miss her.")
        assert statuses.get(("Ada Vell", "Nell Carrow")) is not CastStatus.CURRENT, news
        assert statuses.get(("Rin Soto", "Nell Carrow")) is CastStatus.CURRENT, news


def test_a_possessive_part_with_no_recast_stays_current() -> None:
    statuses = _statuses(
        "Ada Vell plays café owner Nell Carrow in the new series.",
        "But I fell in love with Ada Vell's Nell, and I can't wait.",
    )
    assert statuses.get(("Ada Vell", "Nell Carrow")) is CastStatus.CURRENT
