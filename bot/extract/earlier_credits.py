"""Works named as a person's earlier credit ("best known as Sizwe in the soapie Imizwa", "last
seen in the drama Cois Cuain"): another production, never the article's own, even where the
article later names its season ("the second season of Imizwa returns on 3 November"). A work
the headline names is left alone: an actor best known for the article's own show.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import STOP_TOKENS

_CREDIT = lazy_pattern(
    r"\b(?:best[ ]known|last[ ]seen)\b[^.;]{0,100}?[ ](?:in|on)[ ]"
    r"[^.;]{0,50}?(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})(?=[.,;]|$)"
)
_OWNER = lazy_pattern(r"^.*[’']s[ ]")


def earlier_credits(body: str, headline: frozenset[str]) -> frozenset[str]:
    """The name tokens of works ``body`` tells as someone's earlier credit, but for words of the
    ``headline`` (a channel's or streamer's name before the work, "Lumen’s The Unquiet", is
    not counted)."""
    if "best known" not in body and "last seen" not in body:
        return frozenset()
    return frozenset(
        token
        for match in _CREDIT.finditer(body)
        for token in _OWNER.sub("", match["name"]).split()
        if token not in headline and token not in STOP_TOKENS
    )
