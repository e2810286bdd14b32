"""A sentence telling the release of another work set as one by its apposition ("Next weekend
sees the release of Tarn Point, Mira Kelpa’s coastal thriller, on 8 May") dates that work, not
ours; our own work so told keeps its date."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_CHART = "Box office: Tidewell holds off newcomers as Quillon Row fan screenings pack out cinemas"
_CHART_OPEN = (
    "Tidewell, Ama Roche’s smuggling drama, held the number one spot in its third weekend, "
    "taking £2.1m."
)
_CHART_OURS = (
    "Lumen’s one-night fan screenings of Quillon Row, held in 90 cinemas on Wednesday 22 April, "
    "took £300,000. Quillon Row has been streaming on Lumen since Friday 24 April."
)
_GUIDE = "Quillon Row: everything we know about Lumen's harbour drama"


def test_another_works_release_keeps_its_date() -> None:
    found = release_dates(
        _CHART_OPEN,
        _CHART_OURS,
        "Next weekend sees the release of Tarn Point, Mira Kelpa’s coastal thriller, on 8 May.",
        "Year to date, admissions are up 4%.",
        date="2026-04-27",
        title=_CHART,
    )
    assert ("premiere_date", "2026-05-08", False) not in found
    assert ("premiere_date", "2026-04-24", False) in found


def test_our_works_release_keeps_its_date() -> None:
    found = release_dates(
        "Quillon Row, Lumen's harbour drama, has finally been dated.",
        "Next month sees the release of Quillon Row, Mira Kelpa’s harbour drama, on 8 May.",
        "More news as we get it.",
        date="2026-04-07",
        title=_GUIDE,
    )
    assert ("premiere_date", "2026-05-08", False) in found
