"""A run the sentence measures from ("picking up after season two, which arrived on 4 May
2024"): the relative clause dates that earlier run, not the article's production."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Lanterns: The Last Light – everything we know"


def test_an_earlier_season_in_a_relative_clause_is_not_the_films_date() -> None:
    for sentence in (
        "The film follows on after season two, which arrived on Lumen on 4 May 2024.",
        "It is set a year after the third season, which landed on 4 May 2024.",
    ):
        days = served_days(
            "Lanterns: The Last Light is Lumen’s feature-length finale.",
            sentence,
            title=_TITLE,
            date="2026-01-10",
        )
        assert ("premiere_date", "2024-05-04") not in days, sentence


def test_the_film_in_its_own_relative_clause_keeps_its_date() -> None:
    days = served_days(
        "Lumen has dated the finale, which arrives on the streamer on 14 March.",
        title=_TITLE,
        date="2026-01-10",
    )
    assert ("premiere_date", "2026-03-14") in days
