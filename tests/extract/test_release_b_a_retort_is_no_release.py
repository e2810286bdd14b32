"""A retort ("her agent hit back on Tuesday", "the director hits out at critics") is no
release, whatever day it is told with; the film that hits a platform still is. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quarry Lane loses its lead: what we know"
_LEDE = "The Wearside comedy Quarry Lane has replaced its lead a week before cameras roll."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-05-14", title=_TITLE)


def test_an_agent_who_hit_back_on_a_day_dates_no_release() -> None:
    assert _found("His agent hit back on Tuesday, calling the decision “baffling”.") == set()


def test_a_director_who_hits_out_at_critics_dates_no_release() -> None:
    assert _found("The director hits out at critics on Monday in a long interview.") == set()


def test_the_film_that_hits_a_platform_on_a_day_is_still_released() -> None:
    assert _found("Quarry Lane hits Channel 4 on Friday 9 October.") == {
        ("premiere_date", "2026-10-09", False)
    }
