"""Words that go on from words no one is sure said them are no one's either.

A quotation with no attribution of its own goes on from the last one credited
(``continues_previous``). When a rule leaves a quote to no one, the quotes going on from it
still carry the same speaker; this lets each such rule drop the run whole, with one loop.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.facts import QuoteFact


def unsaid_with_runs(
    quotes: list[QuoteFact], unsaid: Callable[[QuoteFact], bool]
) -> list[QuoteFact]:
    """``quotes`` in order, each one ``unsaid`` picks left to no one (``unattributed``), and with
    it the quotes that go on from it under the same speaker; ``unsaid`` is asked of every other
    quote, in order, so a rule may keep state across them."""
    found: list[QuoteFact] = []
    dropped = ""
    for fact in quotes:
        if dropped and fact.continues_previous and fact.speaker == dropped:
            found.append(fact.unattributed())
            continue
        dropped = ""
        if unsaid(fact):
            dropped = fact.speaker
            found.append(fact.unattributed())
        else:
            found.append(fact)
    return found
