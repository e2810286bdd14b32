"""A season owned by "its" right after a sentence glossing another show as a series."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Saltmarrow lands on 14 May – and Tarrow's fans are counting down"


def _premieres(after: str) -> list[dt.date | None]:
    found = facts(
        "Streamly confirmed that Saltmarrow, the film that closes the series, will premiere"
        " worldwide on 14 May.",
        "The release comes a week after the return of Tavy Reach, the Welsh teen series that"
        f" critics have called the local answer to Saltmarrow. {after}",
        date="2027-04-02",
        title=_TITLE,
    )
    return [r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]


def test_its_season_after_another_glossed_show_is_that_shows() -> None:
    assert _premieres("Its second season premieres on Channel 9 on 7 May.") == [
        dt.date(2027, 5, 14)
    ]


def test_the_film_after_the_gloss_stays_ours() -> None:
    assert _premieres("The film opens in Tarrow cinemas on 21 May.") == [
        dt.date(2027, 5, 14),
        dt.date(2027, 5, 21),
    ]
