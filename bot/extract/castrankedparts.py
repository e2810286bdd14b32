"""One part written with and without its rank, for :mod:`bot.extract.cast`.

An article names a part in full once ("Ada Vale as DS Mira Holt") and then by its first name
("Mira (Vale) ..."), which resolves to the part's full name without the rank ("Mira Holt").
Both are the same casting: the ranked form, as the article first wrote it, is kept.
"""

from __future__ import annotations

from bot.extract.honorific_names import past_titles
from bot.facts import CastFact


def without_unranked_twins(facts: list[CastFact]) -> list[CastFact]:
    """``facts`` less a served part that another served fact of the same actor writes with a
    rank or title before it: "Mira Holt" beside "DS Mira Holt"."""
    ranked = {
        (fact.actor, _unranked(fact.character))
        for fact in facts
        if fact.served and _unranked(fact.character) != fact.character
    }
    return [
        fact
        for fact in facts
        if not (fact.served and " " in fact.character and (fact.actor, fact.character) in ranked)
    ]


def _unranked(part: str) -> str:
    """The part past its leading titles ("DS Mira Holt" is "Mira Holt"), at least two words."""
    return " ".join(past_titles(part))
