"""Whether an article has a name's first name alone act as a person does, for
:mod:`bot.extract.castorder`.

"Ada posted a photo", "Ada told us": a person speaks and posts. Parts are called by their first
names too ("Cal tells Mira"), so the clue is weak: it only settles a pair the surnames leave
even, and never counts inside a scene's clause ("as Tam says: ..."), where a part speaks.
"""

from __future__ import annotations

from bot.extract.castsurnamealone import IN_A_NAME_BEFORE
from bot.extract.cues import word_led
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import PERSON_VERBS


def first_name_acts(name: str, text: str) -> bool:
    """The first name alone with a verb of speech or posting ("Ada posted a photo"), not in a
    scene's clause ("as Tam says: ..."): a part's line."""
    first = name.split(maxsplit=1)[0]
    acts = next((a for a in word_led(first, text, _ACTS_AFTER) if not _SCENE_BEFORE.search(
        text, max(a[0] - 7, 0), a[0])), None)  # fmt: skip
    return acts is not None and not IN_A_NAME_BEFORE.search(text[max(acts[0] - 30, 0) : acts[0]])


_ACTS = rf"(?:(?:also|just|then|quickly)[ ])?(?:{PERSON_VERBS}|reposted|shared|put[ ]up)\b"
_ACTS_AFTER = lazy_pattern(rf"[ ]{_ACTS}")
_SCENE_BEFORE = lazy_pattern(r"\b(?:as|while|when)[ ]$")
"""A scene's clause before a first name: "fading in as Tam says", "when Tam tells his sister"
(the part speaks)."""
