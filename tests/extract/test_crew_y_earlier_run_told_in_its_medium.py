"""A counted past run told with its medium ("the four TV series were directed by X", a film's
page naming the show before it) is the earlier run, as "the four series were directed by X"
is; a run that only looks alike ("the four series will be directed by X") stays ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film starts shooting in Whitby"
_LEDE = "The Harbour Lights film began shooting in Whitby this week, with Nadia Orr directing."


def test_a_counted_tv_run_in_the_past_is_no_director_of_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "The four TV series were directed by Colm Bray; Orr says she rewatched every episode.",
        title=_TITLE,
    )
    assert ("director", "Colm Bray") not in crew
    assert ("director", "Nadia Orr") in crew


def test_a_counted_run_still_to_come_keeps_its_director() -> None:
    crew = served_crew(
        "Harbour Lights has been renewed, and its makers have a long plan.",
        "The four TV series will be directed by Colm Bray, the channel said.",
        title="Harbour Lights renewed for four more series",
    )
    assert ("director", "Colm Bray") in crew
