"""An ordinal run told as what a past award honoured, its participle credit after ("the show
won two prizes in 2023, including for its first season, directed by X") is that run's maker,
not the film's; the same run with no award before it may be ours and keeps its credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film starts shooting in Whitby"
_LEDE = "The Harbour Lights film began shooting in Whitby this week, with Nadia Orr directing."


def test_an_awarded_first_season_credits_no_director_of_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "The show picked up three prizes in 2021, among them for its first season, directed by"
        " Colm Bray.",
        title=_TITLE,
    )
    assert ("director", "Colm Bray") not in crew
    assert ("director", "Nadia Orr") in crew


def test_a_first_season_with_no_award_keeps_its_director() -> None:
    crew = served_crew(
        "Harbour Lights is the channel's big new drama for the spring.",
        "Its first season, directed by Colm Bray, arrives in May.",
        title="Harbour Lights gets a May date",
    )
    assert ("director", "Colm Bray") in crew
