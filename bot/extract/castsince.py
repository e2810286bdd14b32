"""An ongoing part in the perfect tense, for :mod:`bot.extract.cast`: "Ada Vale has played Mira
Holt since the first series" (or "Vale, 24, has played Mira Holt since 2021") says she plays it
still. A plain past "played" is left to the other forms (often another work's part); only
"has played ... since", with the part right before "since", is read here, and a sentence that
goes on to say the actor left tells no current part.

So does a full part set off after the actor's name with how long or how widely it is known:
"Ada Vale, Mira Holt to millions, said ...", "Tom Reed, Gus Marr since the first episode,
..." or "..., Gus Marr in the hit series, ...". (An actor's own "final scene as" a part is read
in :mod:`bot.extract.castlastscenes`.) A bare name there ("Ada Vale, Tom Reed and
...") is a list; "to his left" or any other tail is no part."""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.castlastscenes import own_scene_castings
from bot.extract.cues import hint
from bot.extract.names import FULL_NAME, NAME
from bot.lazy_patterns import lazy_pattern

_PLAYED_SINCE = lazy_pattern(
    rf"(?P<actor>{NAME})(?:,[ ]\d{{1,3}},)?[ ](?:has|have)[ ](?:played|portrayed|voiced)[ ]"
    rf"(?P<char>{CHAR})[ ]since\b"
)
_KNOWN_AS = lazy_pattern(
    rf"(?<![\w’'-])(?P<actor>{FULL_NAME}),[ ](?P<char>{FULL_NAME})[ ](?:to[ ](?:millions|fans)"
    r"|since[ ]the[ ](?:very[ ])?first[ ](?:episode|series|season)"
    r"|in[ ]the[ ](?:hit[ ]|original[ ])?(?:series|show)),"
)
_KNOWN_HINT = hint("millions,", "fans,", "episode,", "series,", "season,", "show,")
"""What every :data:`_KNOWN_AS` ends with: a sentence without one is not scanned at every name."""
_GONE_AFTER = lazy_pattern(r"\b(?:but|until)\b|\b(?:left|quit|exited|departed|stepped)\b")


def played_since(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor has played Part since ..." (or "Actor, Part to millions,") in the sentence."""
    known = (
        [casting_at(m, evidence, offset) for m in _KNOWN_AS.finditer(chunk)]
        if _KNOWN_HINT.search(chunk)
        else []
    )
    known += own_scene_castings(chunk, evidence, offset)  # "her final scene as Part"
    if " since" not in chunk or (" has " not in chunk and " have " not in chunk):
        return known
    return known + [
        casting_at(match, evidence, offset)
        for match in _PLAYED_SINCE.finditer(chunk)
        if not _GONE_AFTER.search(chunk, match.end())
    ]
