"""A work named with a year in brackets before the article's ("best known for Copperfield
Yard (2019)"), the one its makers "last collaborated on", or "last year’s hit" is someone's
earlier work, never the article's title; a name bracketed with the coming year still is.
Invented articles."""

from __future__ import annotations

from tests.extract.helpers import served_titles

_DATE = "2026-06-02"


def test_a_directors_film_bracketed_with_a_past_year_is_no_title() -> None:
    found = served_titles(
        "Maren Tolley, who made Copperfield Yard, talks about her next film.",
        "Maren Tolley: ‘I only make films about weather’",
        "Tolley is best known for Ferry Lights, which won at Cannes, and for Copperfield Yard"
        " (2019), with Ada Penn.",
        "Her new film, for Lumen, starts shooting in Wales next month.",
        "Copperfield Yard won two prizes at Edinburgh.",
        date=_DATE,
        title="Maren Tolley on her next film",
    )
    assert "Copperfield Yard" not in found


def test_a_feature_the_makers_last_collaborated_on_is_no_title() -> None:
    found = served_titles(
        "A new drama reunites the writer and director of last year’s surprise hit Hollin Gate.",
        "Lumen orders a Fenland drama from its writer and director",
        "The writer and director last collaborated on the feature Hollin Gate, which opened in"
        " cinemas in 2025.",
        "Cameras roll in Ely in August.",
        "Hollin Gate took £3m at the box office.",
        date=_DATE,
        title="Lumen orders a Fenland drama",
    )
    assert "Hollin Gate" not in found


def test_a_name_bracketed_with_the_coming_year_is_still_the_title() -> None:
    found = served_titles(
        "Filming has begun on Saltwick Bells (2027), Lumen’s new coastal drama.",
        "Saltwick Bells: cameras roll in Whitby",
        "Saltwick Bells, a six-part thriller for Lumen, began filming on Monday.",
        "Saltwick Bells is written by Ada Penn.",
        date=_DATE,
        title="Saltwick Bells: cameras roll in Whitby",
    )
    assert found == ["Saltwick Bells"]
