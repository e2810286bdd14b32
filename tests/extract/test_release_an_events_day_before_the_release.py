"""A day named for an event ("tonight for the world premiere", "on Tuesday for a screening") that
the same sentence puts some days before the release ("..., three days before it lands on
Netflix") is the event's day, not the release's: the release is the day the offset counts to.
A release day followed by an offset to something else (an album) stays the release. On invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds, served_releases

_TITLE = "Marrowby premiere live: the cast arrive at the Grand"
_BYLINE = "By Tamsin Rookwell, on the carpet at the Grand in Leeds"


def test_a_premiere_tonight_days_before_it_lands_is_not_the_release() -> None:
    served = served_releases(
        "The cast of Marrowby hit the blue carpet in Leeds tonight for the film’s world "
        "premiere, three days before it lands on Netflix.",
        _BYLINE,
        date="2026-05-12",
        title=_TITLE,
    )
    assert all(str(r.date) != "2026-05-12" for r in served)


def test_a_gala_tonight_days_before_the_film_arrives_is_not_the_release() -> None:
    served = served_releases(
        "The stars of Marrowby posed on the green carpet in Hull tonight for the gala "
        "screening, two days before the film arrives on Prime Video.",
        _BYLINE,
        date="2026-05-12",
        title=_TITLE,
    )
    assert all(str(r.date) != "2026-05-12" for r in served)


def test_a_screening_on_a_weekday_counts_the_release_from_it() -> None:
    kinds = release_kinds(
        "Stars of Marrowby gathered in Cardiff on Tuesday for a special screening, four days "
        "before it arrives on Prime Video.",
        date="2026-05-12",
        title=_TITLE,
    )
    assert kinds == {("premiere_date", "2026-05-16", False)}


def test_a_release_tonight_before_an_album_stays_the_release() -> None:
    kinds = release_kinds(
        "Marrowby premieres on Netflix tonight, two days before its soundtrack album arrives in "
        "shops.",
        date="2026-05-12",
        title=_TITLE,
    )
    assert kinds == {("premiere_date", "2026-05-12", False)}
