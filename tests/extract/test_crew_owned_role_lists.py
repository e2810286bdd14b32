"""Roles in apposition that each name their work ("the show's creator and the film's writer")
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_each_role_of_an_apposed_list_may_name_its_work() -> None:
    found = facts(
        "Nadia Fenwick-Oduya made the show.",
        "Fenwick-Oduya, the show's creator and the film's screenwriter, has been quiet since.",
    )
    assert {
        ("creator", "Nadia Fenwick-Oduya"),
        ("writer", "Nadia Fenwick-Oduya"),
    } <= credits(found)


def test_a_series_possessive_with_a_bare_apostrophe() -> None:
    found = facts("Pia Ross, the movie’s composer and the series' editor, said little.")
    assert {("composer", "Pia Ross"), ("editor", "Pia Ross")} <= credits(found)


def test_another_works_director_after_the_name_is_still_not_ours() -> None:
    found = facts("Pia Ross, the director of Glasshouse, said little.")
    assert ("director", "Pia Ross") not in credits(found)
