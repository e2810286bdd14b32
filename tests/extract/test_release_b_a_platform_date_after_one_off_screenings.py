"""A platform's date after cinema showings told as one-off screenings ("in 90 cinemas for one
night only", "preview screenings in cinemas") is the release; after a real cinema release it
stays the later window, held. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Gullhaven Pier box office: a busy weekend"
_LEDE = "The Lumen film Gullhaven Pier had a strong weekend, its distributor said."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-10-12", title=_TITLE)


def test_a_stream_date_after_a_one_night_cinema_showing_is_the_release() -> None:
    assert ("premiere_date", "2026-10-09", False) in _found(
        "Gullhaven Pier showed in 90 cinemas for one night only on Tuesday 6 October, three"
        " days before it began streaming on Lumen on Friday 9 October."
    )


def test_a_stream_date_after_preview_screenings_is_the_release() -> None:
    assert ("premiere_date", "2026-10-09", False) in _found(
        "Gullhaven Pier had preview screenings in 40 cinemas on 6 October before streaming on"
        " Lumen from 9 October."
    )


def test_a_stream_date_after_a_cinema_release_is_still_held() -> None:
    assert ("premiere_date", "2026-11-20", False) not in _found(
        "Gullhaven Pier opened in 300 cinemas on 9 October and will stream on Lumen from 20"
        " November."
    )
