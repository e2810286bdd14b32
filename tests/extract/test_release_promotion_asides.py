"""A teaser's arrival is not the film's, even when an aside that names the film by its maker's
possessive hides the promotion from the verb ("The teaser for X, Ada Vale's first feature since
her short Y, landed on Tuesday"). The film itself so told still lands. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Fans react to The Gannet Parish teaser"
_LEDE = "The first teaser for the coastal ghost story The Gannet Parish has dropped."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-07-08", title=_TITLE)


def test_a_teaser_behind_a_makers_possessive_aside_dates_no_premiere() -> None:
    assert (
        _found(
            "The teaser for The Gannet Parish, Osric Pell’s first feature since his 2021 short "
            "Dun Moor, landed on YouTube on Tuesday evening."
        )
        == set()
    )


def test_the_film_behind_the_same_aside_still_lands() -> None:
    assert _found("The Gannet Parish, Osric Pell’s first feature, lands in cinemas on Friday.") == {
        ("premiere_date", "2026-07-10", False)
    }
