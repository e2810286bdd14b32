"""Quotes on invented text: an unnamed someone told by the account they run ("One fan, who runs
the account @name, wrote: “...”") gives the words to that account, as "One fan, @name, wrote"
does; an aside that names no account leaves the unnamed fan as the source."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_LEDE = "Tickets for the Harrowgate premiere of Saltwick sold out in four minutes on Monday."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    """The quote opening on ``start``."""
    return next(q for q in quotes if q.text.startswith(start))


def test_the_account_a_fan_runs_is_the_source() -> None:
    found = facts(
        _LEDE,
        "One devoted fan, who runs the account @saltwick_daily, wrote: “I would have queued in"
        " the snow for this.”",
    )
    quote = _quote(found.quotes, "I would have")
    assert quote.speaker == "@saltwick_daily", found.quotes
    assert quote.source is SourceKind.ORGANISATION, found.quotes


def test_a_fan_with_another_aside_stays_unnamed() -> None:
    found = facts(
        _LEDE,
        "One devoted fan, who runs a bakery in Harrowgate, wrote: “I would have queued in the"
        " snow for this.”",
    )
    assert _quote(found.quotes, "I would have").source is SourceKind.UNNAMED, found.quotes
