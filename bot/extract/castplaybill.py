"""A playbill's cast list, for :mod:`bot.extract.cast`: one line per part, a dot leader between
the part and the actor, the actor in capitals ("Mira Holt ........ ADA VALE").

Press releases and programmes set actors in capitals; the side in capitals is the actor, the
other the part, whichever comes first. The actor is written as the article writes the name in
ordinary case elsewhere, else in title case; a name title case cannot restore ("MCAVOY",
"VAN DER BERG": Mc, Mac and particles keep capitals of their own) is dropped, never guessed.
A line with no side in capitals is left alone: nothing on it says which side is the actor.
"""

from __future__ import annotations

import re

from bot.extract.capital_labels import caps_pattern
from bot.extract.castforms import CHAR, Casting
from bot.extract.lexicon import PARTICLE_PATTERN
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern

_LEADER = r"[ \t]*(?:\.{3,}|…+|(?:[ ]?\.){3,})[ \t]*"
_CAPS_WORD = rf"{UPPER}+(?:[’'-]{UPPER}+){{0,3}}"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{1,4}}"
"""Two to five words in capitals (accented capitals too: "ÉLISE DURAND-KOVÁC")."""
_LINE = lazy_pattern(
    rf"^[ \t]*(?:(?P<part>{CHAR}){_LEADER}(?P<actor>{_CAPS_NAME})"
    rf"|(?P<actor2>{_CAPS_NAME}){_LEADER}(?P<part2>{CHAR}))[ \t]*$",
    re.MULTILINE,
)
_UNSURE_CASE = lazy_pattern(rf"(?i:^(?:mc|mac|o’|o')|^(?:{PARTICLE_PATTERN})$)")
"""Tokens whose capitals title case may get wrong ("McAvoy", "MacLeod", "van")."""


def playbill(text: str) -> list[Casting]:
    """Each dot-leader line of part and actor, the actor as the article writes the name."""
    if "..." not in text and "…" not in text and ". . ." not in text:
        return []
    found: list[Casting] = []
    for line in _LINE.finditer(text):
        part, caps = line["part"] or line["part2"], line["actor"] or line["actor2"]
        if part.isupper() or not any(c.islower() for c in part):
            continue  # both sides in capitals: nothing says which is the actor
        actor = _ordinary_case(caps, text)
        if actor is None:
            continue
        evidence = line.group().strip()
        found.append(Casting(actor, part, evidence, line.start(), end=line.end()))
    return found


def _ordinary_case(caps: str, text: str) -> str | None:
    """The name in capitals as the article writes it in ordinary case, else in title case (or
    None where title case cannot be trusted)."""
    for match in caps_pattern(caps).finditer(text):
        if not match.group().isupper():
            return match.group()
    titled = caps.title()
    if any(_UNSURE_CASE.search(token) for token in titled.split()):
        return None
    return titled
