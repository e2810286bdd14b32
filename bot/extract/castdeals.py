"""Brackets in a sales sentence, for :mod:`bot.extract.castorder`.

A trade story lists who bought a film where: "Nordlys has closed deals for Spain (Luna Films),
Italy (Lucky Red) and Japan (Gaga)", "It has sold to Poland (Gutek)". Such a pair is a
territory and its distributor, not a part and its actor, when the sentence speaks of deals or
rights and nothing in it casts anyone ("selling up" or "sold out" is no sale of a film: "Mira
Holt (Ada Vale) announces she's selling up" is a part and its actor).
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_SALES = lazy_pattern(
    r"\b(?:deals?|rights|(?:sold|sells|selling)(?![ ](?:up|out)\b)|pre-sold|presold|acquired|"
    r"acquires|buyers?|"
    r"distributors?|distribution|territories|territory)\b",
    re.IGNORECASE,
)
_CASTING = lazy_pattern(
    r"\b(?:as|plays?|playing|played|stars?|starring|starred|cast|role|roles|part|parts|"
    r"voices?|voiced|portrays?|portrayed)\b",
    re.IGNORECASE,
)


def in_a_sale(evidence: str) -> bool:
    """Whether the sentence is about sales of a film and casts no one."""
    return _SALES.search(evidence) is not None and _CASTING.search(evidence) is None
