"""Credits of a show's earlier runs in wordings that start mid-sentence or split the credit by
run: "It has been here before: the first series, directed by X, filmed ...", "The two seasons
were directed by X and Y", "Unlike the show, which was directed by X for its first two series
and Y for the third, the film ..." (invented sentences), with the counter-cases where the
credit is the article's work's own."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_the_first_run_credited_after_a_colon_and_told_in_the_past_is_not_the_films() -> None:
    found = served_crew(
        "The Larchfield film is shooting in Norfolk this month.",
        "It is a homecoming of sorts: the first season, directed by Bram Okafor, shot on the"
        " same beaches in 2020 before it launched on streaming.",
        "Ines Valdés is directing the film.",
    )
    assert ("director", "Bram Okafor") not in found
    assert ("director", "Ines Valdés") in found


def test_a_first_season_still_to_come_keeps_its_director() -> None:
    found = served_crew(
        "The Larchfield series has begun production.",
        "The first season, directed by Bram Okafor, films in Norfolk until June.",
    )
    assert ("director", "Bram Okafor") in found


def test_a_counted_set_of_runs_credited_is_the_runs() -> None:
    found = served_crew(
        "The Larchfield film opens in cinemas next spring.",
        "The four seasons were directed by Bram Okafor and Tilde Marsh; Ines Valdés, a"
        " newcomer, takes the film.",
    )
    assert ("director", "Bram Okafor") not in found
    assert ("director", "Tilde Marsh") not in found


def test_a_past_credit_split_by_run_is_history_but_the_films_director_stays() -> None:
    found = served_crew(
        "The Larchfield film opens in cinemas next spring.",
        "Unlike the show, which was written by Bram Okafor for its first three series and Tilde"
        " Marsh for the fourth, the film is written by Ines Valdés.",
    )
    assert ("writer", "Bram Okafor") not in found
    assert ("writer", "Tilde Marsh") not in found
    assert ("writer", "Ines Valdés") in found
