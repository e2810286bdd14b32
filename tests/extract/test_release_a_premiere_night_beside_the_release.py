"""A premiere night told in the same sentence as the release ("It's out on Friday and you're
premiering it tonight"): the earlier night is the gala, the later day the release. Invented text
throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date="2026-05-05", title="Tarn Hollow cast on the big night")
    return {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_premiere_night_is_not_the_release() -> None:
    assert _days("Tarn Hollow's out this Friday and you're premiering it tonight.") == {
        dt.date(2026, 5, 8)
    }
    assert _days("Tarn Hollow lands on Friday, and the cast premiere the film tonight.") == {
        dt.date(2026, 5, 8)
    }


def test_a_premiere_day_alone_stays() -> None:
    assert _days("Tarn Hollow premieres on Streamly on Friday.") == {dt.date(2026, 5, 8)}
