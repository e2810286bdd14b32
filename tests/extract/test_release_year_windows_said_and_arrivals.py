"""A year given as all the studio will say ("will only say “2027”", "declined to comment on a
release date beyond “2027”") is the window it named; a year in a clause that goes on is not. So
is the year a film "will come to" a streamer in. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Marrow Light wraps: everything we know"
_LEDE = "The Fenwick drama Marrow Light has wrapped its shoot in Cumbria."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-07-20", title=_TITLE)


def test_a_year_the_streamer_will_only_say_is_the_window() -> None:
    assert ("window", "2027", False) in _found(
        "No release date yet – Streamly will only say “2027”, but our bet is spring."
    )


def test_a_year_beyond_which_the_streamer_declined_to_comment_is_the_window() -> None:
    assert _found("Streamly declined to comment on a release date beyond “2027”.") == {
        ("window", "2027", False)
    }


def test_a_year_said_only_of_something_else_is_no_window() -> None:
    assert _found("The director will only say 2027 was the year everything changed.") == set()


def test_a_film_that_will_come_to_a_streamer_in_a_year_is_the_window() -> None:
    assert _found("Marrow Light will come to Netflix in 2027.") == {("window", "2027", False)}


def test_people_who_will_come_to_a_town_date_no_window() -> None:
    assert _found("Fans will come to Keswick in 2027 to see the sets.") == set()
