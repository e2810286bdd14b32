"""A chart story closes its list with "Rounding out the top five were A and B, ...": those places
are held by other works, so a release date told of them there is not the page's. A closing place
that names the page's own work still dates it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Weir Cottage tops the UK streaming chart for a third week"
_LEDE = "BBC drama Weir Cottage was the most-streamed title in the UK last week, with 2.1m viewers."


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-11-10", title=_TITLE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_closing_places_held_by_other_works_date_nothing_of_ours() -> None:
    assert "2026-05-08" not in _premieres(
        "Completing the top five were Tinder Moth and Harrow Gate, the second still drawing "
        "viewers six months after its 8 May release.",
    )


def test_closing_place_held_by_our_work_still_dates_it() -> None:
    assert "2026-10-16" in _premieres(
        "Rounding out the top five was Weir Cottage, which has drawn viewers since its release "
        "on 16 October 2026.",
    )
