"""A denied cleft names who is *not* doing the job ("it's not A or B directing, it's C"): A and
B get no credit; a cleft that is not denied still credits (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: the star on the film"
_LEDE = "The Harrowmere film opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_denied_cleft_credits_nobody() -> None:
    found = _credits("HOST: This time it isn't Mirela Stanhope or Odran Pike directing, is it?")
    assert ("director", "Mirela Stanhope") not in found
    assert ("director", "Odran Pike") not in found


def test_denied_cleft_with_contraction() -> None:
    found = _credits("It's not Odran Pike writing the film this time.")
    assert ("writer", "Odran Pike") not in found


def test_plain_cleft_still_credits() -> None:
    found = _credits("This time it's Mirela Stanhope directing the film.")
    assert ("director", "Mirela Stanhope") in found
