"""A subtitled title opening the sentence ("Copper Bay: Every Tide will be released on ..."):
the colon is the title's own, so the date belongs to the whole title, which is ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: Every Tide – all we know"


def test_a_day_after_our_subtitled_title_is_its_premiere() -> None:
    for sentence in (
        "Copper Bay: Every Tide will be released by Netflix on Friday 9 October 2026.",
        "Copper Bay: Every Ebb arrives on Prime Video on 9 October 2026.",
        "Copper Bay: The Last Episode premieres on 9 October 2026 on the BBC.",
    ):
        found = release_kinds("A film is coming.", sentence, date="2026-01-20", title=_TITLE)
        assert ("premiere_date", "2026-10-09", False) in found, sentence


def test_a_card_before_a_colon_still_cuts_the_clause() -> None:
    sentence = "The teaser ends on a card: Copper Bay lands on 9 October 2026."
    found = release_kinds("A film is coming.", sentence, date="2026-01-20", title=_TITLE)
    assert ("premiere_date", "2026-10-09", False) in found
