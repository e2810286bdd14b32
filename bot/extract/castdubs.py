"""A dub's or a voice-over's voices, for :mod:`bot.extract.castnotparts`.

"The German-language dub will feature Jo Brandt as the voice of Mira" names who dubs a part in
another language's version, not who was cast in the work; so does "in the dubbed version, Ana
Ruiz is heard as the voice of Tom". Without a dub in the sentence, "as the voice of" (an
animated film's cast) is still a casting.
"""

from __future__ import annotations

import re

_DUB = re.compile(r"\b(?:dub|dubs|dubbed|dubbing|voice-?overs?)\b", re.IGNORECASE)
_VOICE_OF = re.compile(r"[ ]as[ ]the[ ]voice[ ]of[ ]")


def dubbed_voice(chunk: str, start: int, end: int) -> bool:
    """Whether the casting over ``chunk[start:end]`` is "as the voice of" a part in a sentence
    about a dub or a voice-over."""
    return _VOICE_OF.search(chunk, start, end) is not None and _DUB.search(chunk) is not None
