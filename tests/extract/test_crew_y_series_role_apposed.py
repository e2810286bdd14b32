"""A role told with "series" before it and the name set off after ("arranged by the series
composer, X.") credits X, as "the series' composer, X" does; the role before a comma that ends
no name still credits no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Quarry Bell trailer is here"
_LEDE = "The first trailer for The Quarry Bell arrived on Monday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_the_series_role_apposed_credits() -> None:
    for sentence in (
        "The trailer uses an old sea shanty, rearranged by the series composer, Idris Wendholm.",
        "The series composer, Idris Wendholm, rearranged an old sea shanty for the trailer.",
    ):
        assert ("Idris Wendholm", "composer") in _credits(sentence), sentence


def test_a_series_role_without_a_name_credits_no_one() -> None:
    found = _credits("The series composer, it seems, has moved on, says Idris Wendholm.")
    assert ("Idris Wendholm", "composer") not in found
