"""Release subjects on invented text: "the film" a statement is about after a trailer's aside is
ours; a trailer aside carried on without the film stays the trailer's."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_a_statement_on_the_film_after_a_trailer_aside_is_ours() -> None:
    found = served_days(
        "Kelpa dropped the first trailer for Tarn Key this morning. Here is what we noticed.",
        "1. That date. The trailer ends on a title card. Kelpa has since confirmed that the film "
        "will premiere on Kelpa on Friday 25 December.",
        title="Tarn Key trailer: five things we spotted",
        date="2026-10-20",
    )
    assert found == {("premiere_date", "2026-12-25")}


def test_a_trailer_aside_carried_on_without_the_film_stays_the_trailers() -> None:
    found = served_days(
        "Kelpa dropped the first trailer for Tarn Key this morning. Here is what we noticed.",
        "1. That teaser. A second trailer is coming, Kelpa said. It drops on 3 November.",
        title="Tarn Key trailer: five things we spotted",
        date="2026-10-20",
    )
    assert ("premiere_date", "2026-11-03") not in found
