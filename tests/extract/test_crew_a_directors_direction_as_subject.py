"""A director's direction as a clause's subject ("and X’s direction gives the streets a glow")
credits the director, like "under X’s direction"; a kind of direction that is not the
director's ("X’s musical direction") does not (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Wrenfold review: a warm goodbye"
_LEDE = "Wrenfold lands on Netflix today, and it is a gentle farewell."


def test_the_direction_as_a_subject_credits_the_director() -> None:
    crew = served_crew(
        _LEDE,
        "The leads are older now, and Odile Farrant’s direction gives the familiar streets a"
        " warmer glow.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in crew


def test_a_musical_direction_is_no_directing_credit() -> None:
    crew = served_crew(
        _LEDE,
        "The leads are older now, and Odile Farrant’s musical direction gives the songs a lift.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") not in crew
