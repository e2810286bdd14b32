"""A subject joined "with" a company or a place is alone: her later "she said" is hers."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_subject_with_a_company_behind_her_is_alone() -> None:
    found = facts(
        "Ada Vale stars in Saltmarrow.",
        "Ada Vale, with Netflix backing her, made the film in six weeks. "
        "“I was terrible at first,” she said.",
    )
    assert served_quotes(found) == [("I was terrib", "Ada Vale")]


def test_a_subject_alongside_a_full_name_is_one_of_two() -> None:
    found = facts(
        "Ada Vale stars in Saltmarrow.",
        "Ada Vale, alongside Mia Lund, made the film in six weeks. "
        "“I was terrible at first,” she said.",
    )
    assert ("I was terrib", "Ada Vale") not in served_quotes(found)
