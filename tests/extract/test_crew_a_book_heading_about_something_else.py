"""A heading naming a person's book as the modifier of what it is about ("Olwynne Quennet’s book
haul") credits no author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Wrenfold wraps: the best posts from the last day"
_LEDE = "Filming on Wrenfold wrapped on Friday, and the cast took to social media."


def test_a_book_haul_heading_is_no_author_credit() -> None:
    crew = served_crew(
        _LEDE,
        "2. Olwynne Quennet’s book haul",
        "Quennet posted a pile of paperbacks she had borrowed from the props team.",
        title=_TITLE,
    )
    assert ("author", "Olwynne Quennet") not in crew


def test_a_book_told_in_a_sentence_keeps_its_author() -> None:
    crew = served_crew(
        _LEDE, "The series is based on Olwynne Quennet’s graphic novels.", title=_TITLE
    )
    assert ("author", "Olwynne Quennet") in crew
