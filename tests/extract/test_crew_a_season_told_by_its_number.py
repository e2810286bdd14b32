"""A run told by its number after the noun ("Season two, which premiered in 2023, was directed
by X") is an earlier run's credit when the article gives the post to someone else (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Quarrendon will end with a feature film"
_LEDE = "Quarrendon will return as a feature-length film, Netflix said on Monday."


def test_a_numbered_seasons_director_is_not_the_films() -> None:
    crew = served_crew(
        _LEDE,
        "Odile Farrant will direct the film.",
        "Season two, which premiered on 4 May 2023, was directed by Corvin Ashdale.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in crew
    assert ("director", "Corvin Ashdale") not in crew


def test_the_only_director_named_keeps_the_credit() -> None:
    crew = served_crew(
        _LEDE, "Season two, which premiered in May, was directed by Corvin Ashdale.", title=_TITLE
    )
    assert ("director", "Corvin Ashdale") in crew
