"""A part introduced alone, then its actor with a pronoun, for :mod:`bot.extract.cast`: "Then
there's Nana Prowse. She's played by Ada Vale." and "Next up is Mira Holt. He is played by Tom
Reyes.": the part is the one name the sentence before does nothing but introduce, in the same
paragraph; any other sentence before leaves the pronoun unread."""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.castpronounparts import played_after, told_across
from bot.extract.names import FULL_NAME, NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_INTRODUCED = lazy_pattern(
    r"[ “”\"‘’']*(?:(?:[Tt]hen|[Aa]nd|[Nn]ext|[Aa]lso|[Nn]ow|[Ff]inally),?[ ])?(?:[Tt]here[’']s|"
    rf"[Tt]here[ ]is|[Nn]ext[ ]up[ ](?:is|we[ ]have)|[Mm]eet)[ ](?P<char>{NAME})[.!]?[ ]*$"
)
"""A sentence that only introduces a name: "Then there's Nana Prowse.", "Meet Mira Holt."."""
_PRONOUN_PLAYED_BY = lazy_pattern(
    r"[ “”\"‘’']*(?:She|He|They)(?:[’']s|[ ]is|[ ]are|[ ]will[ ]be)[ ](?:now[ ])?played[ ]by[ ]"
    rf"(?P<actor>{FULL_NAME})"
)


def introduced_castings(doc: Doc) -> list[Casting]:
    """Each "She's played by X" whose pronoun is the part the sentence before introduces."""
    found: list[Casting] = []
    for before, view, match in played_after(doc, "played by ", _PRONOUN_PLAYED_BY):
        intro = _INTRODUCED.match(before.chunk)
        if intro is not None:
            found.append(told_across(doc, before, view, match, intro["char"]))
    return found
