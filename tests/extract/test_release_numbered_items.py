"""A round-up's numbered items: times under another work's item are that work's."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[dt.date | None]:
    found = facts(
        *paragraphs, date="2026-03-13", title="Trailers of the week: Quillby, Ossory Lane"
    )
    return {f.date for f in found.release if f.kind is ReleaseKind.PREMIERE_DATE and f.served}


def test_another_numbered_items_date_is_not_ours() -> None:
    dates = _premieres(
        "This week's trailers include a first look at Quillby and a BBC comedy.",
        "1. Quillby (Netflix)",
        "The trailer is here, five weeks before the film arrives on Netflix on April 17.",
        "2. Ossory Lane (BBC One)",
        "Created by Tamsin Orrfield, it premieres on Friday 8 May with two episodes.",
    )
    assert dates == {dt.date(2026, 4, 17)}


def test_numbered_items_without_the_ledes_work_keep_their_dates() -> None:
    dates = _premieres(
        "Quillby finally has a date, and we have the details.",
        "1. The date (Netflix)",
        "The film arrives on Netflix on April 17.",
        "2. The cast (returning)",
        "Everyone is back for the finale.",
    )
    assert dates == {dt.date(2026, 4, 17)}
