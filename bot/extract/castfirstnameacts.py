"""Whether an article has a name's first name alone act as a person does, for
:mod:`bot.extract.castorder`.

"Ada posted a photo", "Ada told us": a person speaks and posts. Parts are called by their first
names too ("Cal tells Mira"), so the clue is weak: it only settles a pair the surnames leave
even, and never counts inside a scene's clause ("as Tam says: ...", "Tam tells him in one
scene", "In the teaser, Tam tells Mira ..."), where a part speaks.
"""

from __future__ import annotations

import re

from bot.extract.castsurnamealone import IN_A_NAME_BEFORE
from bot.extract.cues import word_led
from bot.extract.footage_lines import FOOTAGE_WORDS
from bot.extract.lexicon import PERSON_VERBS
from bot.lazy_patterns import lazy_pattern


def first_name_acts(name: str, text: str) -> bool:
    """The first name alone with a verb of speech or posting ("Ada posted a photo"), not in a
    scene's clause ("as Tam says: ...", "Tam tells him in one scene"): a part's line."""
    first = name.split(maxsplit=1)[0]
    acts = next((a for a in word_led(first, text, _ACTS_AFTER) if not _in_a_scene(a, text)), None)
    return acts is not None and not IN_A_NAME_BEFORE.search(text[max(acts[0] - 30, 0) : acts[0]])


def _in_a_scene(act: tuple[int, re.Match[str]], text: str) -> bool:
    at, verb = act
    return bool(
        _SCENE_BEFORE.search(text, max(at - 7, 0), at)
        or _SCENE_AFTER.match(text, verb.end())
        or _FOOTAGE_LEAD.search(text, max(at - 120, 0), at)
    )


_ACTS = rf"(?:(?:also|just|then|quickly)[ ])?(?:{PERSON_VERBS}|reposted|shared|put[ ]up)\b"
_ACTS_AFTER = lazy_pattern(rf"[ ]{_ACTS}")
_SCENE_BEFORE = lazy_pattern(r"\b(?:as|while|when)[ ]$")
"""A scene's clause before a first name: "fading in as Tam says", "when Tam tells his sister"
(the part speaks)."""
_LINKS = (
    r"(?:the|a|an|its|this|that|his|her|their|of|about|on|for|with|from|to|at|under|beneath|"
    r"below|above|after|before|alongside|accompanying|beside)"
)
"""Words that end a noun phrase's lead-in and start another: "a post beneath the teaser" is a
post, not the teaser."""
_FOOTAGE_NOUN = rf"(?:{FOOTAGE_WORDS}|montages?|scenes?|shots?|sequences?|flashbacks?)"
"""Footage, or a moment of it: what a part speaks over."""
_SCENE_AFTER = lazy_pattern(
    r"[^.!?;:\n“”\"]{0,40}?[ ]in[ ](?:(?:the|a|an|one|this|that|its|his|her|their)[ ])?"
    r"(?:[a-z-]+[ ]){0,2}?scenes?\b"
    r"|,[ ](?:a|one)[ ](?:[a-z-]+[ ]){0,2}?line\b(?![ ]producers?\b)"
    r"|,?[ ](?:in|over|during|across)[ ](?:the|a|an|one|its|this|that)[ ]"
    rf"(?:(?!{_LINKS}[ ])[\w’'-]+[ ]){{0,2}}?{_FOOTAGE_NOUN}(?=[ ]of\b|[,.;:!?–—]|$)"
)
"""A scene after the verb, in the same clause: "Tam says something in the last scene", "Tam
tells him in one scene"; footage the line is heard over, just after the verb ("Tam says, over a
montage of the pier", "Tam warns in the teaser."); or the words called a line just after it
("“...,” Tam says, a line fans know by heart"): the part's line, not a person's words."""
_FOOTAGE_LEAD = lazy_pattern(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Aa]cross)[ ](?:the|a|an|one|its|this|that)[ ]"
    rf"(?:(?!{_LINKS}[ ])[\w’'-]+[ ]){{0,3}}?{_FOOTAGE_NOUN}"
    r"(?:[ ]of[ ][^.!?;:\n“”\",]{1,60})?,[ ]$"
)
"""The footage or a moment of it opening the clause, just before the first name: "In the teaser,
Tam tells Mira", "Over a montage of the pier, Tam says" (the part speaks in it); not an event
named after it ("At the trailer launch, Ada told us") or a post about it ("In a post beneath the
teaser, Ada wrote"): a person's words."""
