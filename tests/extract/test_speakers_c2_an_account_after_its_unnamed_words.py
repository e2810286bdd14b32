"""Quotes on invented text: a post "from a fan account, @x, which claimed ..." is the account's:
the unnamed words ("a fan") are only the account's first word, not a person; a post from a fan
with no account set beside them stays the unnamed fan's."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Gull Harbour will not return in March after all, its channel said on Tuesday."


def _speaker(quotes: tuple[QuoteFact, ...], start: str) -> str:
    """The speaker of the quote opening on ``start``."""
    return next(q.speaker for q in quotes if q.text.startswith(start))


def test_a_fan_account_set_off_by_commas_is_the_poster() -> None:
    found = facts(
        _LEDE,
        "The story seems to have begun with a since-removed post from a fan account,"
        " @harbour_whispers, which insisted a spring slot was “signed and sealed”.",
    )
    assert _speaker(found.quotes, "signed and") == "@harbour_whispers", found.quotes


def test_a_fan_with_no_account_beside_them_is_not_a_handle() -> None:
    found = facts(
        _LEDE,
        "The story seems to have begun with a since-removed post from a fan, which insisted a"
        " spring slot was “signed and sealed”. Others, like @harbour_whispers, doubted it.",
    )
    assert _speaker(found.quotes, "signed and") != "@harbour_whispers", found.quotes
