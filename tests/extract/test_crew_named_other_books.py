"""An author named by another of their books, the book's quoted name set off after the
possessive: "the lead of Orla Penhale’s first novel, “Gullsway”" is no author credit for the
article's film, unless the sentence tells of an adaptation (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "This week in Brindlecove: the finale gets its date"
_LEDE = "Netflix confirmed on Tuesday that the Brindlecove finale film arrives in May."


def test_a_part_led_in_the_authors_other_quoted_book_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "Tamsin Quell, who plays the lighthouse keeper’s niece, is the lead of Orla Penhale’s "
        "first novel, “Gullsway”, and fans want a spin-off.",
        title=_TITLE,
    )
    assert ("author", "Orla Penhale") not in found


def test_the_adapted_quoted_book_still_credits_its_author() -> None:
    found = served_crew(
        _LEDE,
        "The film adapts Orla Penhale’s first novel, “Gullsway”, with Pell Ardagh directing.",
        title=_TITLE,
    )
    assert ("author", "Orla Penhale") in found
