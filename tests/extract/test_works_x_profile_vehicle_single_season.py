"""A profile's lead vehicle, on a page that names its own work only through one season of it ("the
second season of Gullhaven"): that singular phrasing names a work as well as "seasons of" does, so
the vehicle's makers, cast and dates stay the vehicle's; a page that never names its own work as a
work keeps the framed show's facts, as before."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-01-20"


def _premieres(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def _profile(history: str) -> ArticleFacts:
    return facts(
        "Petra Lowe fronts a new coastal drama this winter, a month before she bows out as Wren.",
        "In Copper Weir, a four-part ITV thriller set in a mill town, Lowe plays Ros Hale, a "
        "ferry pilot.",
        "It begins on 8 February.",
        "Bea Kell co-stars as her sister Nan.",
        history,
        date=_DATE,
        title="Petra Lowe heads out of Gullhaven",
    )


def test_a_single_season_of_the_page_s_work_names_it_and_parts_the_vehicle() -> None:
    found = _profile("Lowe was first cast as Wren in the opening season of Gullhaven in 2021.")
    assert ("Bea Kell", "Nan") not in served_pairs(found)
    assert "2026-02-08" not in _premieres(found)


def test_a_page_that_never_names_its_own_work_as_a_work_keeps_the_framed_show() -> None:
    found = _profile("Lowe was first cast as Wren in 2021.")
    assert ("Bea Kell", "Nan") in served_pairs(found)
