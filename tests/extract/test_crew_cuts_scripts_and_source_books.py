"""An editor who "cut the film", a writer "on script duties", and the author whose book the
work is made from (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_cut_the_film_is_the_editor() -> None:
    assert ("editor", "Dov Amir") in credits(facts("Dov Amir cut the film, as on Dry Creek."))


def test_cutting_the_films_budget_is_no_editor() -> None:
    found = facts("Rolf Oyelaran cut the film's budget in half, and the studio's too.")
    assert not {c for c in credits(found) if c[0] == "editor"}


def test_on_script_duties_is_a_writer() -> None:
    found = facts("Maud Keskin helms, with Ivo Rask on script duties.")
    assert {("director", "Maud Keskin"), ("writer", "Ivo Rask")} <= credits(found)


def test_whose_novel_the_film_is_based_on_is_the_author() -> None:
    found = facts("Wanda Kerr, whose novel the film is based on, visited the set.")
    assert ("author", "Wanda Kerr") in credits(found)


def test_whose_memoir_the_series_adapts_is_the_author() -> None:
    found = facts("Petra Lund, whose bestselling memoir the series adapts, visited the set.")
    assert ("author", "Petra Lund") in credits(found)
