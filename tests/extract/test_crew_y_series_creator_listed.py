"""A role list before a name whose last role is the franchise's ("screenwriter and series creator
X") credits each role; a series' director in the same place is another run's post and adds no
writer's credit to it (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: first look at the new film"
_LEDE = "The Harrowmere film opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_screenwriter_and_series_creator() -> None:
    found = _credits("Screenwriter and series creator Mirela Stanhope watched every take.")
    assert {("writer", "Mirela Stanhope"), ("creator", "Mirela Stanhope")} <= found


def test_series_director_is_no_listed_role() -> None:
    found = _credits("Screenwriter and series director Mirela Stanhope watched every take.")
    assert ("writer", "Mirela Stanhope") not in found
