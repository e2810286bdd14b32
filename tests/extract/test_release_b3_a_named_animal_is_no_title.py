"""A sentence whose bare subject is any noun but a work's ("The ferret is called Bramble", "On
set, the van is named Gertie") names that thing, not the film: no title is read. "The series is
called X" and "The project is now called X" still name the work. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_titles

_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_an_animal_on_set_is_no_title() -> None:
    assert "Bramble" not in served_titles(_LEAD, "The ferret is called Bramble.")


def test_a_thing_after_a_fronted_phrase_is_no_title() -> None:
    assert "Gertie" not in served_titles(_LEAD, "On set, the van is named Gertie.")


def test_the_series_is_called_still_names_the_work() -> None:
    assert "Tin Orchard" in served_titles("The series is called Tin Orchard.")


def test_the_project_is_now_called_still_names_the_work() -> None:
    assert "Tin Orchard" in served_titles("The project is now called Tin Orchard.")
