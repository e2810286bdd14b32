"""Names the article gives as parts someone plays: "the 24-year-old plays Lark Tamsin",
"who played Ilse Dravenor for six series", "portraying Dr Ola Brenner".

A part says nothing in the article's own voice, so such a name is never a quotation's speaker,
even when the cast reading did not take the casting (the player was named by a descriptor, or
the part belongs to another work).
"""

from __future__ import annotations

import re

from bot.extract.names import NAME, clean_name
from bot.extract.text import Doc

_PLAYS = re.compile(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying|the[ ](?:part|role)[ ]of)"
    rf"[ \u00a0](?P<name>{NAME})(?![’']s\b)"
)
_DESCRIBED = re.compile(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying)[ ](?:[\w’'-]+[ ]){{0,3}}?"
    rf"[a-z][\w-]*,[ ](?P<name>{NAME})(?=[ ]?[,.;)–—]|$)"
)
"""The part described, then named in apposition ("she plays Nick’s tutor, Dr Ines Roy –"); a
name with a verb after it ("plays the lead, Ada Vale said") begins a clause of its own."""
_CHEAP = ("play", "portray", "part of", "role of")


def played_parts(doc: Doc) -> set[str]:
    """Every name the article says someone plays ("Lark Tamsin")."""
    text = doc.masked
    if not any(word in text for word in _CHEAP):
        return set()
    found = {match["name"] for match in _PLAYS.finditer(text)}
    described = {clean_name(match["name"]) for match in _DESCRIBED.finditer(text)}
    return found | described
