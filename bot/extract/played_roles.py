"""Names the article tells as a role an actor holds, without a verb of playing: "Ada Vale has
been Lark Tamsin for four years", "Lark, the nurse from the novels, remains the role strangers
name", "Still, Lark is the part people stop her for".

A role says nothing in the article's own voice, so such a name is never a quotation's speaker,
and a later "she says" does not reach back to it.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME, NAME, NAME_RE
from bot.extract.people import is_full, resolve_character
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HAS_BEEN = lazy_pattern(
    r"(?:\b[A-Z][\w’'-]*|\b(?:[Ss]he|[Hh]e|[Tt]hey|who))[ ]"
    rf"(?:has|have|had)[ ]been[ ](?P<name>{FULL_NAME})(?![’']s\b)"
    r"(?=,[ ](?:the|a|an)[ ]|[ ](?:for|since)[ ])"
)
"""A full name someone "has been" for a time or with a gloss ("has been Lark Tamsin for four
years", "has been Lark Tamsin, the nurse who ..."): a role held, not someone's own name. The one
who has been it is named or a pronoun: a post ("The showrunner has been Tilda Rowe since ...")
is held by a person."""
_THE_ROLE = lazy_pattern(
    r"(?:^|[.!?][ ]|\n)(?:(?:But|And|Still|Yet|Now),?[ ])?"
    rf"(?P<name>{NAME})(?:,[ ][^.;“”\"]{{1,120}}?,)?[ ](?:is|was|remains|remained|becomes|became)"
    r"[ ](?:still[ ])?the[ ](?:role|part)\b(?![ -]model|-)"
)
"""A name the sentence calls the role or the part ("Lark, the nurse ..., remains the role
strangers name"); not "the role model"."""


def played_roles(doc: Doc) -> set[str]:
    """Every name told as a role held, a first name also as the one full name it starts."""
    text = doc.masked
    found: set[str] = set()
    if " been " in text:
        found |= {match["name"] for match in _HAS_BEEN.finditer(text)}
    if " the role" in text or " the part" in text:
        short = {match["name"] for match in _THE_ROLE.finditer(text)}
        full = [m.group() for m in NAME_RE.finditer(text) if is_full(m.group())] if short else []
        found |= short | {resolve_character(name, full) for name in short}
    return found
