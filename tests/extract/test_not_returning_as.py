"""An actor told as not returning to a part ("X is not returning as Y", "X confirmed in May that
she would not be returning as Y") is the part's former actor, never its current one."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def statuses(found: ArticleFacts) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in found.cast if c.served}


def test_is_not_returning_as_a_part() -> None:
    found = facts(
        "Quarry Lane series two has wrapped.",
        "Sad news: Hanne Vogt is NOT returning as Aunt Petra, she confirmed on Instagram.",
    )
    assert statuses(found) == {("Hanne Vogt", "Aunt Petra", CastStatus.FORMER)}


def test_confirmed_in_a_month_that_she_would_not_be_returning() -> None:
    found = facts(
        "Quarry Lane series two has wrapped.",
        "Ilse Marchetti confirmed in March that she would not be returning as Rosa Berg, as "
        "she is touring a play.",
    )
    assert statuses(found) == {("Ilse Marchetti", "Rosa Berg", CastStatus.FORMER)}
