"""A run of credit verbs with the production's title as object, the part the person plays told
last ("X created, wrote and stars in Title") credits each verb; "stars in" alone, or a run
whose credit goes to another title, credits nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Copper Gate to open the festival"
_LEDE = "The Copper Gate cast arrived in Sligo on Friday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_a_run_of_credits_before_our_title() -> None:
    found = _credits("Tobiah Fenwick created, wrote and stars in Copper Gate, a sitcom for ITV.")
    assert {("Tobiah Fenwick", "creator"), ("Tobiah Fenwick", "writer")} <= found
    found = _credits("Tobiah Fenwick wrote, directed and edited Copper Gate in a year.")
    assert ("Tobiah Fenwick", "editor") in found


def test_acting_or_another_title_credits_nothing() -> None:
    assert not _credits("Tobiah Fenwick stars in Copper Gate as a ferryman.")
    found = _credits("Tobiah Fenwick created Harrow Lane and stars in Copper Gate.")
    assert ("Tobiah Fenwick", "creator") not in found
