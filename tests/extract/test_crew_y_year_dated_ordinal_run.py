"""A run dated by its year before its ordinal ("the 2021 first season of Tamsfield, directed by
X"), on the page of the film that follows it: that run's director, not the film's; an undated
"the first season, directed by X" may be the article's own run and stays."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Tamsfield: the film that closes the story"
_LEDE = "Tamsfield: The Last Term, the film that ends the school drama, arrives next month."


def test_a_year_dated_first_season_credits_no_one_on_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "Then came the 2021 first season of Tamsfield, directed by Orla Venn, and with it an"
        " audience nobody had expected.",
        title=_TITLE,
    )
    assert ("director", "Orla Venn") not in crew


def test_an_undated_first_season_keeps_its_director() -> None:
    crew = served_crew(
        "Tamsfield, the school drama, starts filming its first season next week.",
        "The first season, directed by Orla Venn, is due on the streamer next spring.",
        title="Tamsfield starts filming",
    )
    assert ("director", "Orla Venn") in crew
