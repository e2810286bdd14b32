"""A dashed cast list of two full names on each line: a casting that glosses a new part by
one side's first name ("as Jory's flatmate ...") shows that side is the part, so the list is
served actor first; with no such gloss the same list stays held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LIST = (
    "Who is back?",
    "Most of the old faces return:",
    "- Corvin Ashdale – Jory Tremain",
    "- Ysolde Quill – Tamsel Holt",
    "- Oskar Pellow – Lowen Gilby",
)


def test_a_gloss_by_a_first_name_settles_the_list() -> None:
    found = served_pairs(
        facts(
            "The coastal drama Brisk Harbour ends with a film next spring.",
            *_LIST,
            "Newcomers include Nell Faraday as Jory’s flatmate Wilf Ambrose.",
            title="Brisk Harbour: everything we know",
        )
    )
    assert ("Corvin Ashdale", "Jory Tremain") in found
    assert ("Oskar Pellow", "Lowen Gilby") in found
    assert ("Jory Tremain", "Corvin Ashdale") not in found


def test_without_a_gloss_the_list_is_held() -> None:
    found = served_pairs(
        facts(
            "The coastal drama Brisk Harbour ends with a film next spring.",
            *_LIST,
            "Newcomers include Nell Faraday as a flatmate, Wilf Ambrose.",
            title="Brisk Harbour: everything we know",
        )
    )
    assert ("Corvin Ashdale", "Jory Tremain") not in found
    assert ("Jory Tremain", "Corvin Ashdale") not in found
