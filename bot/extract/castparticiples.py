"""A casting fronted as a participle, for :mod:`bot.extract.cast`: profiles open a sentence with
"Cast as Mira Holt at 17, Vale spent three years ..." or "Cast as Mira, the ferry captain's
daughter, Ada Vale became ...". Only "Cast as": "Chosen as" and "Picked as" front honours and
posts as often ("Chosen as Head Girl at her school, Vale ..."). The part comes first and the
actor is the subject after the comma. A part told "in", "on" or "of" a named work is read only
when that work is the article's own (a profile's look back at another production is not read),
and none is read when the words after the part point to an unnamed other work ("in the stage
version", "in the original film", "on stage") or to the part being lost ("before being
recast"), or when the subject's verb tells the part was lost ("Cast as Mira, Vale was replaced
by ...", "... turned the part down")."""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting, casting_at
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS, LEFT_VERBS
from bot.extract.names import NAME, NAMED_WORK
from bot.lazy_patterns import lazy_pattern

_FRONTED_CAST = lazy_pattern(
    r"^[“\"‘']?Cast[ ]as[ ]"
    rf"{DESCRIPTOR}(?P<char>{CHAR})(?P<tail>[ ][^,;:.“”\"()]{{1,80}}?)?"
    r"(?:,[ ](?:the|a|an)[ ][^,;:.“”\"()]{1,100}?)?"
    rf",[ ](?P<actor>{NAME})[ ](?=[a-z])"
)
_WORK_IN = lazy_pattern(rf"\b(?:in|on|of)[ ]{NAMED_WORK}")
"""A named work in the words after the part: "in Lumen", "in the first season of Lumen"."""
_OTHER_OR_LOST = lazy_pattern(
    r"\b(?:(?:in|on|for)[ ](?:the|a|an|his|her|their)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:version|adaptation|remake|original|staging|revival|production|pilot|play|{GENRE_NOUNS})"
    r"\b(?![ ]of[ ])|on[ ]stage\b|before[ ]being[ ](?:dropped|replaced|recast|axed|written[ ]out))"
)
"""Words after the part that tell an unnamed other work or the part lost: "in the stage
version", "in the original film", "on stage", "before being recast"."""
_LOST_AFTER = lazy_pattern(
    r"(?:(?:was|were)[ ](?:later[ ]|soon[ ]|eventually[ ])?(?:replaced|recast|dropped|axed|"
    r"fired|written[ ]out)|turned[ ](?:it|the[ ](?:part|role|offer))[ ]down|"
    rf"(?:later[ ]|soon[ ]|eventually[ ])?{LEFT_VERBS})\b"
)
"""The subject's verb telling the part lost: "was replaced by", "turned the part down", "quit"."""


def fronted_casts(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """The sentence's "Cast as Part ..., Actor <verb>", when any work it names is ours."""
    if not chunk.lstrip("“\"‘'").startswith("Cast as "):
        return []
    match = _FRONTED_CAST.match(chunk)
    if match is None:
        return []
    tail = match["tail"] or ""
    if _OTHER_OR_LOST.search(tail) or _LOST_AFTER.match(chunk, match.end()):
        return []  # "Cast as Mira in the stage version, Vale ...", "..., Vale was replaced"
    if any(not context.is_ours(m["work"]) for m in _WORK_IN.finditer(tail)):
        return []  # "Cast as Mira in Lumen, Vale ...": another work's part
    return [casting_at(match, evidence, offset)]
