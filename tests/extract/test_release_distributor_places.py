"""A distributor's release told with its territories before the date, on invented text: "will
release <work> in cinemas in Ireland and the UK on ..."; a place written with "the" ("the UK",
"the Netherlands") reads as part of the name, so the verb is still in reach of the date."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Meeting the makers of Salt Acre"


def _dates(text: str, date: str = "2026-05-02") -> set[tuple[str, str]]:
    served = served_releases(text, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date)) for r in served}


def test_a_distributor_releasing_in_two_territories_dates_the_film() -> None:
    dates = _dates(
        "Northlight Pictures will release the drama in cinemas in Scotland and the UK on 11 "
        "September."
    )
    assert dates == {("premiere_date", "2026-09-11")}


def test_the_netherlands_before_the_date_still_reads_the_verb() -> None:
    dates = _dates(
        "Velvet Door Films releases the thriller in theatres in Belgium and the Netherlands on "
        "4 October."
    )
    assert dates == {("premiere_date", "2026-10-04")}
