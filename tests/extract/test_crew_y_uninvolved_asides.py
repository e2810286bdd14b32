"""Makers of a show's earlier runs named by their post and said to be out of the new film, a
relative aside on them between the names and the denial ("directors A and B, who made the
first run, are not involved"), credit nobody; the same post with the aside and no denial still
credits (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: the film wraps in Kent"
_LEDE = "The Harrowmere film finished shooting this week and opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_aside_before_the_denial_credits_nobody() -> None:
    found = _credits(
        "Show directors Mirela Stanhope and Odran Pike, who shot the television episodes,"
        " are not involved in the film."
    )
    assert ("director", "Mirela Stanhope") not in found
    assert ("director", "Odran Pike") not in found


def test_aside_before_a_return_denied_with_wont() -> None:
    found = _credits("Writer Odran Pike, who scripted both seasons, won't be back for the film.")
    assert ("writer", "Odran Pike") not in found


def test_aside_without_a_denial_still_credits() -> None:
    found = _credits("Director Mirela Stanhope, who grew up in Kent, is thrilled with the film.")
    assert ("director", "Mirela Stanhope") in found
