"""Works named as a person's earlier credit ("best known as Sizwe in the soapie Imizwa", "last
seen in the drama Cois Cuain") are not the article's own, even where the article's name-finding
took them for ours: a later sentence that dates such a work, and names nothing else of ours, is
that work's news ("the second season of Imizwa returns on 3 November"). A work the headline
names is left alone: an actor best known for the article's own show.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.earlier_credits import earlier_credits
from bot.extract.text import Doc

_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def credited_works(doc: Doc, context: Context) -> frozenset[str]:
    """The name tokens of works told as someone's earlier credit, not in the headline."""
    return earlier_credits(doc.body, context.headline)


def dates_a_credit(chunk: str, context: Context, credited: frozenset[str]) -> bool:
    """The sentence names a credited work and no other word of ours."""
    if not credited:
        return False
    words = set(_CAPITALISED.findall(chunk))
    return bool(words & credited) and not (words & (context.ours - credited))
