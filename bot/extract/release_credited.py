"""Works named as a person's earlier credit ("best known as Sizwe in the soapie Imizwa", "last
seen in the drama Cois Cuain") are not the article's own, even where the article's name-finding
took them for ours: a later sentence that dates such a work, and names nothing else of ours, is
that work's news ("the second season of Imizwa returns on 3 November"). A work the headline
names is left alone: an actor best known for the article's own show.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc

_CREDIT = re.compile(
    r"\b(?:best[ ]known|last[ ]seen)\b[^.;]{0,100}?[ ](?:in|on)[ ]"
    r"[^.;]{0,50}?(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})(?=[.,;]|$)"
)
_OWNER = re.compile(r"^.*[’']s[ ]")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def credited_works(doc: Doc, context: Context) -> frozenset[str]:
    """The name tokens of works told as someone's earlier credit, not in the headline (a
    channel's or streamer's name before the work, "Netflix’s The Unquiet", is not counted)."""
    body = doc.body
    if "best known" not in body and "last seen" not in body:
        return frozenset()
    tokens = {
        token
        for match in _CREDIT.finditer(body)
        for token in _OWNER.sub("", match["name"]).split()
        if token not in context.headline and token not in STOP_TOKENS
    }
    return frozenset(tokens)


def dates_a_credit(chunk: str, context: Context, credited: frozenset[str]) -> bool:
    """The sentence names a credited work and no other word of ours."""
    if not credited:
        return False
    words = set(_CAPITALISED.findall(chunk))
    return bool(words & credited) and not (words & (context.ours - credited))
