"""A director of the show's earlier runs is no credit of the film made from it: a dated first
season ("The 2021 first season of X, directed by A, turned her into a star"), a show's first
season told released ("whose first season, directed by A, landed in 2022"), a numbered run told
released ("X season two arrived in 2024, directed by A"), or the directors the new one took the
world from ("inherited the world from the series' directors A and B"); an undated first series
of the show keeps its writer, who may be back (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kestrelmoor Forever, the Netflix film of the show, wrapped in Kent on Friday."


def _crew(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=title)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_past_runs_director_is_not_the_films() -> None:
    for sentence in (
        "The 2021 first season of Kestrelmoor, directed by Pell Harrow, turned her into a star.",
        "She joined Kestrelmoor, whose first season, directed by Pell Harrow, landed on Netflix"
        " in April 2021.",
        "Kestrelmoor season two arrived on 3 May 2023, directed by Pell Harrow; the film is"
        " a separate production.",
        "Ruan Tessick, who inherited the world from the series' directors Pell Harrow and"
        " Odile Marsh, calls her a natural.",
    ):
        names = {name for _, name in _crew(sentence)}
        assert "Pell Harrow" not in names, sentence
        assert "Odile Marsh" not in names, sentence


def test_the_films_own_director_keeps_the_credit() -> None:
    assert ("director", "Pell Harrow") in _crew("The film, directed by Pell Harrow, opens in May.")


def test_an_undated_first_series_of_the_show_keeps_its_writer() -> None:
    sentence = (
        "The first series of Kestrelmoor, written by Pell Harrow, pulled in seven million"
        " viewers. Pell Harrow is back writing all six new episodes."
    )
    assert ("writer", "Pell Harrow") in _crew(sentence)
