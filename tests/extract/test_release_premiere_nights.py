"""A premiere night in a named place before the release the article dates elsewhere."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> list[dt.date | None]:
    found = facts(*paragraphs, date="2027-05-10", title="Saltmarrow review – a tide of feeling")
    return [r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]


def test_a_premiere_night_before_the_release_is_no_release() -> None:
    assert _premieres(
        "Saltmarrow is on Streamly from 14 May.",
        "Pilar Ostend directs with a light hand.",
        "Saltmarrow premiered in Tarrow on 9 May.",
    ) == [dt.date(2027, 5, 14)]


def test_a_premiere_with_no_later_release_stays() -> None:
    assert _premieres(
        "Pilar Ostend directs with a light hand.",
        "Saltmarrow premiered in Tarrow on 9 May.",
    ) == [dt.date(2027, 5, 9)]
