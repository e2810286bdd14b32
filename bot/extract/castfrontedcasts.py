"""A casting fronted as a participle, for :mod:`bot.extract.cast`: profiles open a sentence with
"Cast as Mira Holt at 17, Vale spent three years ..." or "Cast as Mira, the ferry captain's
daughter, Ada Vale became ...". The part comes first and the actor is the subject after the
comma. A part told "in", "on" or "of" a named work is read only when that work is the article's
own (a profile's look back at another production is not read)."""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting, casting_at
from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME

_FRONTED_CAST = lazy_pattern(
    r"^[“\"‘']?(?:Cast|Chosen|Picked|Hand-picked)[ ]as[ ]"
    rf"{DESCRIPTOR}(?P<char>{CHAR})(?P<tail>[ ][^,;:.“”\"()]{{1,80}}?)?"
    r"(?:,[ ](?:the|a|an)[ ][^,;:.“”\"()]{1,100}?)?"
    rf",[ ](?P<actor>{NAME})[ ](?=[a-z])"
)
_WORK_IN = lazy_pattern(rf"\b(?:in|on|of)[ ](?:the[ ])?[“\"‘']?(?P<work>{NAME})")
"""A named work in the words after the part: "in Lumen", "in the first season of Lumen"."""


def fronted_casts(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """The sentence's "Cast as Part ..., Actor <verb>", when any work it names is ours."""
    if not chunk.lstrip("“\"‘'").startswith(("Cast as ", "Chosen as ", "Picked as ", "Hand-")):
        return []
    match = _FRONTED_CAST.match(chunk)
    if match is None:
        return []
    tail = match["tail"] or ""
    if any(not context.is_ours(m["work"]) for m in _WORK_IN.finditer(tail)):
        return []  # "Cast as Mira in Lumen, Vale ...": another work's part
    return [casting_at(match, evidence, offset)]
