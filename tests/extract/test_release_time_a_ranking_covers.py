"""A time after a superlative and a thing done ("the boldest thing Streamly has released this
year") is the span a ranking covers, not the film's release window; a plain "this year" release
stays the window. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tin Lane review – a small, salty delight"
_LEDE = "Odile Brannagh is terrific in Streamly's drama about a seaside ironmonger."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2025-10-11", title=_TITLE)


def test_the_year_over_which_the_streamer_released_its_boldest_things_is_no_window() -> None:
    assert (
        _found(
            "A scene in a bus shelter is among the boldest things Streamly has released this year."
        )
        == set()
    )


def test_the_year_over_which_a_critic_saw_the_funniest_films_is_no_window() -> None:
    assert _found("It is the funniest film I've seen this year, by a distance.") == set()


def test_a_film_that_will_be_released_this_year_still_has_the_window() -> None:
    assert ("window", "2025", False) in _found("Tin Lane will be released on Streamly this year.")
