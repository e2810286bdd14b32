"""A company noun narrowed by another trade is not the company the article named last.

"Kettle Yard Films made it. ... the dubbing studio said" speaks for a dubbing house the article
never names, not for the producer: an "-ing" word that sets the noun to a trade ("the dubbing
studio", "the casting agency", "the recording studio") tells a different firm, unless the
company named last carries that trade in its own name ("Brightwater Dubbing ... the dubbing
studio said" is Brightwater Dubbing). The trades a production's own companies ply ("the
streaming service", "the producing studio") keep the usual reading."""

from __future__ import annotations

_OWN_TRADES = frozenset({
    "streaming", "broadcasting", "producing", "publishing", "distributing", "leading",
    "existing", "remaining", "founding", "financing", "commissioning", "selling",
})  # fmt: skip
"""Trades the article's own companies ply, and plain adjectives that tell no trade."""


def other_trade(words: list[str], org: str | None) -> bool:
    """Whether ``words`` ("the dubbing studio") names a firm of another trade than ``org``, the
    company the descriptor would otherwise stand for."""
    trades = [
        word.lower()
        for word in words[1:-1]
        if word.islower() and word.endswith("ing") and word.lower() not in _OWN_TRADES
    ]
    if not trades or org is None:
        return False
    named = {part.lower() for part in org.split()}
    return not any(trade in named for trade in trades)
