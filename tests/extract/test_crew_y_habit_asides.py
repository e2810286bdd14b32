"""A set-off habit ("as ever", "once again") between a passive credit's verb and "by" keeps the
credit ("written, as ever, by X"); a different aside there, and the plain form, behave as before
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_a_habit_aside_keeps_the_passive_credit() -> None:
    assert ("writer", "Petra Lune") in _credits("The film — written, as ever, by Petra Lune — is.")
    assert ("composer", "Petra Lune") in _credits("It was scored, once again, by Petra Lune.")


def test_the_plain_passive_still_credits() -> None:
    assert ("writer", "Petra Lune") in _credits("The film, written by Petra Lune, is long.")
    assert ("director", "Petra Lune") in _credits(
        "The film, directed across all six episodes by Petra Lune, is long."
    )
