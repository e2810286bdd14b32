"""A credit verb sets the role, not the job noun before the name: "created by screenwriter X"
credits X as creator, not as the production's writer (the noun says what X does in general).
Invented articles and names."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Lantern Row, a new crime drama for Harbourline, has begun filming on the coast."
_TITLE = "Lantern Row starts shooting"


def test_created_by_screenwriter_is_a_creator_only() -> None:
    found = served_crew(
        _LEDE,
        "The six-part drama is created by screenwriter Petra Vollmond and directed by Idris "
        "Achterberg.",
        title=_TITLE,
    )
    assert ("creator", "Petra Vollmond") in found
    assert ("writer", "Petra Vollmond") not in found
    assert ("director", "Idris Achterberg") in found


def test_created_by_a_described_screenwriter_is_a_creator_only() -> None:
    found = served_crew(
        _LEDE,
        "Lantern Row was created by the Cornish screenwriter Tamsin Pellowe, and it is produced "
        "by Gorran Quay Films.",
        title=_TITLE,
    )
    assert ("creator", "Tamsin Pellowe") in found
    assert ("writer", "Tamsin Pellowe") not in found


def test_co_created_by_screenwriters_named_in_a_clause() -> None:
    found = served_crew(
        _LEDE,
        "Co-created by screenwriter Oskar Lindqvam, the series follows a harbour pilot.",
        title=_TITLE,
    )
    assert ("creator", "Oskar Lindqvam") in found
    assert ("writer", "Oskar Lindqvam") not in found


def test_a_writer_credit_from_the_verb_still_stands() -> None:
    found = served_crew(
        _LEDE,
        "Lantern Row was created by screenwriter Petra Vollmond, who wrote all six episodes.",
        title=_TITLE,
    )
    assert {("creator", "Petra Vollmond"), ("writer", "Petra Vollmond")} <= found
