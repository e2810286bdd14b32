"""A streamer that "released" the film on a weekday, told in the past, released it on the
weekday just gone, not the coming one; "is released on Friday" is still to come. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tin Lane: the internet reacts"
_LEDE = "Fans had a lot to say about Tin Lane, the Streamly drama about a seaside ironmonger."


def _found(sentence: str, date: str = "2025-10-11") -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date=date, title=_TITLE)  # 11 October: a Saturday


def test_a_streamer_that_released_the_film_on_friday_released_it_the_day_before() -> None:
    assert ("premiere_date", "2025-10-10", False) in _found(
        "Streamly released Tin Lane on Friday, and by the evening it was trending in six countries."
    )


def test_a_streamer_that_has_released_the_film_on_wednesday_released_it_that_week() -> None:
    assert ("premiere_date", "2025-10-08", False) in _found(
        "Streamly quietly released Tin Lane on Wednesday, with no trailer and no premiere."
    )


def test_a_film_that_is_released_on_friday_is_still_to_come() -> None:
    assert ("premiere_date", "2025-10-17", False) in _found(
        "Tin Lane is released on Friday on Streamly."
    )
