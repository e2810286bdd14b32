"""Whether an article has a name's first name alone act as a person does, for
:mod:`bot.extract.castorder`.

"Ada posted a photo", "Ada told us": a person speaks and posts. Parts are called by their first
names too ("Cal tells Mira"), so the clue is weak: it only settles a pair the surnames leave
even, and never counts inside a scene's clause ("as Tam says: ...", "Tam tells him in one
scene"), where a part speaks.
"""

from __future__ import annotations

import re

from bot.extract.castsurnamealone import IN_A_NAME_BEFORE
from bot.extract.cues import word_led
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
        _SCENE_BEFORE.search(text, max(at - 7, 0), at) or _SCENE_AFTER.match(text, verb.end())
    )


_ACTS = rf"(?:(?:also|just|then|quickly)[ ])?(?:{PERSON_VERBS}|reposted|shared|put[ ]up)\b"
_ACTS_AFTER = lazy_pattern(rf"[ ]{_ACTS}")
_SCENE_BEFORE = lazy_pattern(r"\b(?:as|while|when)[ ]$")
"""A scene's clause before a first name: "fading in as Tam says", "when Tam tells his sister"
(the part speaks)."""
_SCENE_AFTER = lazy_pattern(
    r"[^.!?;:\n“”\"]{0,40}?[ ]in[ ](?:(?:the|a|an|one|this|that|its|his|her|their)[ ])?"
    r"(?:[a-z-]+[ ]){0,2}?scenes?\b"
)
"""A scene after the verb, in the same clause: "Tam says something in the last scene", "Tam
tells him in one scene" (the part's line, not a person's words)."""
