"""A sentence opening on the article's own title and listing its award categories credits the
writer of an "adapted screenplay for X" entry; another title's entry credits nobody."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "The Larkmoor Veil film is being pushed as an awards contender."


def test_an_adapted_screenplay_entry_for_our_title_credits_the_writer() -> None:
    found = facts(
        _LEDE,
        "Larkmoor Veil, which premiered in April, has been submitted across categories "
        "including adapted screenplay for Hester Quillane and supporting actress for Dorrit "
        "Penhale.",
    )
    assert ("writer", "Hester Quillane") in credits(found)
    assert ("writer", "Dorrit Penhale") not in credits(found)


def test_another_titles_screenplay_entry_credits_nobody() -> None:
    found = facts(
        _LEDE,
        "Frostwick Harbour, a rival drama, picked up nominations including original screenplay "
        "for Hester Quillane.",
    )
    assert ("writer", "Hester Quillane") not in credits(found)
