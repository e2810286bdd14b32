"""A clip of a scene, retold with the actor's name: "A clip of Ada Vale telling Quennel “Go home,
love” in series one went round again." The words are a part's line in the work, spoken in
character, not anything the actor said; the actor's name only says who plays the part.

Only a clip, a scene or a moment "of" someone speaking, with the work's season, episode or the
work itself placed right after the marks ("in season two", "in the film's last episode"),
counts: "a clip of Ada Vale telling reporters “...” at the premiere" stays her words.
"""

from __future__ import annotations

from bot.extract.owned_lines import after_close
from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_CLIP_OF = lazy_pattern(
    r"\b(?:clip|clips|scene|scenes|moment|gif|GIF|video|footage)[ ]of[ ]"
    r"(?:[A-Z][\w’'-]*[ ]){1,3}(?:telling|saying|asking|shouting|whispering|yelling|reminding|"
    r"warning|promising)[ ](?:[A-Za-z][\w’'-]*[ ]){0,2},?[ ]?$"
)
"""A clip of a named person speaking, perhaps to someone, right before the marks: "a clip of
Ada Vale telling Quennel “"."""
_IN_THE_WORK = lazy_pattern(
    r",?[ ](?:in|from)[ ](?:(?:season|series|episode)[ ][\w-]+|(?:the|its|their)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}(?:season|series|episode|finale|show|film|pilot)\b(?![’']))"
)
"""The work placed right after the marks: "in season two", "from the first series"; not the
work's own tour or account ("in the film's press tour", "from the show's page"), where the
actor speaks as herself."""
_REACH = 80


def held_if_clipped_scene(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it is a line a clip of an actor speaking shows, placed in the work."""
    if not fact.served or _IN_THE_WORK.match(text, after_close(text, quote.end)) is None:
        return fact
    if _CLIP_OF.search(text, max(quote.start - 1 - _REACH, 0), max(quote.start - 1, 0)) is None:
        return fact
    return held(fact, LINE_OF_THE_WORK)
