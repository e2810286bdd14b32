"""Cinema openings on invented text: an opening after a past premiere in one clause is the
film's, however far past; another film's is not."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_a_cinema_opening_after_a_past_premiere_is_kept_however_far_past() -> None:
    found = served_days(
        "Few had Tarn Key on their awards list last summer.",
        "A small drama about two sisters, it premiered in a sidebar at Brennholm in May and "
        "quietly opened in UK cinemas on 14 November.",
        title="How ‘Tarn Key’ went from sleeper to awards contender",
        date="2026-01-28",
    )
    assert ("premiere_date", "2025-11-14") in found


def test_another_films_opening_after_its_premiere_is_not_ours() -> None:
    found = served_days(
        "Few had Tarn Key on their awards list last summer.",
        "Her last film, Marrow Field, premiered at Brennholm in May and quietly opened in UK "
        "cinemas on 14 November.",
        title="How ‘Tarn Key’ went from sleeper to awards contender",
        date="2026-01-28",
    )
    assert ("premiere_date", "2025-11-14") not in found
