"""A show's counted seasons as the subject of a passive in a "whose" clause ("the drama, whose
four seasons were directed by X,") are the run before the article's film: their makers are no
crew of it, unless the names are told back on it; the film's own "whose" credit still counts."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Tollmoor, the film that ends the lighthouse drama, opens in cinemas in March."


def test_a_shows_counted_seasons_in_a_whose_clause_are_not_the_films() -> None:
    crew = served_crew(
        _LEDE,
        "The look of the drama, whose four seasons were directed by Fen Aldous and Ruy Tamsin,"
        " has been toned down for the big screen.",
    )
    assert ("director", "Fen Aldous") not in crew
    assert ("director", "Ruy Tamsin") not in crew


def test_their_counted_seasons_are_the_earlier_run_too() -> None:
    crew = served_crew(
        _LEDE,
        "Fans of the books and the show know the story well; their three series were scored"
        " by Ida Brenn.",
    )
    assert ("composer", "Ida Brenn") not in crew


def test_the_films_own_whose_credit_still_counts() -> None:
    crew = served_crew(
        _LEDE,
        "Tollmoor, whose score was composed by Ida Brenn, was shot on the Fife coast.",
    )
    assert ("composer", "Ida Brenn") in crew


def test_a_counted_runs_maker_told_back_on_the_film_is_kept() -> None:
    crew = served_crew(
        _LEDE,
        "The drama, whose three seasons were written by Nessa Quill, who returns to write the"
        " film, ends here.",
    )
    assert ("writer", "Nessa Quill") in crew
