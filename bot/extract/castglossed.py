"""A part glossed with its actor described, for :mod:`bot.extract.cast`: reviews write "their
father, Aarne (a near-silent Ada Vale)" or "Mira (an excellent Ada Vale)": an article and at
least one lowercase word of praise or manner before a full name, alone in the brackets.

The words must describe a performance, not an age or a time ("Mira (an older Ada Vale)" may be
another actor of the same part, "(a former ...)" a career): those are left to other forms.
An actor noun alone may gloss the part too: "Mira Holt (newcomer Ada Vale)" says who acts.

Interviews gloss the part with its actor in an object relative clause: "Mira, who Ada Vale
plays, was the first character I drew". The clause closes on a comma right after the verb, so
"who Ada Vale plays opposite" (a scene partner) and "who Ada Vale played in Lumen" (another
work) say nothing.

A part fronted with "Playing" before its actor is glossed the same way, the part first
(:mod:`.castplayingfronted`).
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.castplayingfronted import fronted_playing
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_NOT_MANNER = (
    r"(?!(?:older|younger|young|old|little|elder|teenage|adult|former|future|fellow|then|"
    r"real-life|grown-up|new|first|second|third)\b)"
)
_GLOSSED = lazy_pattern(
    rf"(?<![Bb]y[ ])(?<![Ww]ith[ ])(?P<char>{CHAR})[ ]\((?:a|an)(?:[ ]{_NOT_MANNER}"
    rf"[a-z][a-z’'-]+){{1,3}}[ ](?P<actor>{FULL_NAME})\)"
)
_NOUN_GLOSSED = lazy_pattern(
    rf"(?<![Bb]y[ ])(?<![Ww]ith[ ])(?P<char>{CHAR})[ ]\((?:newcomer|actor|actress)[ ]"
    rf"(?P<actor>{FULL_NAME})\)"
)
_WHOM_PLAYS = lazy_pattern(
    rf"(?P<char>{CHAR}),[ ]whom?[ ](?P<actor>{FULL_NAME})[ ]"
    r"(?:plays|portrays|voices|will[ ]play|is[ ]playing)(?=,)"
)
_NAME_CUT = lazy_pattern(r"[A-Z][\w-]*[ ]$")
"""A capitalised word just before the part: the match began inside a name ("with Ada Vale
(a ...)" read from "Vale"), so the part is cut and nothing is said."""


def glossed_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Part (a near-silent Actor)", "Part (newcomer Actor)" and "Part, who Actor
    plays," in the sentence."""
    matches: list[re.Match[str]] = []
    if " (a" in chunk:
        matches.extend(_GLOSSED.finditer(chunk))
    if " (newcomer " in chunk or " (actor" in chunk:
        matches.extend(_NOUN_GLOSSED.finditer(chunk))
    if ", who" in chunk:
        matches.extend(_WHOM_PLAYS.finditer(chunk))
    return [
        casting_at(m, evidence, offset)
        for m in matches
        if not _NAME_CUT.search(chunk, max(0, m.start() - 40), m.start())
    ] + fronted_playing(chunk, evidence, offset)  # "Playing Mira is newcomer Ada Vale"
