"""A composer set off by a relative clause that writes the score for the article's own title
("X, who has written the score for T,") is its composer, as "X wrote the score for T" is; the
score for another title is still that title's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Tollmoor: the lighthouse film's composer on her first feature"
_LEDE = "Tollmoor, the film that ends the lighthouse drama, opens in cinemas in March."


def test_a_relative_clause_scoring_our_title() -> None:
    crew = served_crew(
        _LEDE,
        "Ida Brenn, who has written the score for Tollmoor, grew up above a piano shop.",
        title=_TITLE,
    )
    assert ("composer", "Ida Brenn") in crew


def test_a_relative_clause_scoring_another_title() -> None:
    crew = served_crew(
        _LEDE,
        "Ida Brenn, who wrote the score for Fenwater, grew up above a piano shop.",
        title=_TITLE,
    )
    assert ("composer", "Ida Brenn") not in crew
