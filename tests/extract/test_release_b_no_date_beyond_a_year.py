""" "No transmission date beyond 2027" tells a year: it is no word that the date is unannounced.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_no_date_beyond_a_year_is_not_unannounced() -> None:
    found = release_kinds(
        "A spokesperson for Harlow Quay told us there is no transmission date beyond 2027.",
        title="Harlow Quay: the title is here",
        date="2026-02-11",
    )
    assert not any(kind == "not_announced" for kind, _, _ in found)


def test_no_date_alone_is_still_unannounced() -> None:
    found = release_kinds(
        "A spokesperson for Harlow Quay told us there is no transmission date yet.",
        title="Harlow Quay: the title is here",
        date="2026-02-11",
    )
    assert ("not_announced", "", False) in found
