"""A work or a streamer taken for a part, for :mod:`bot.extract`: "the film that closes Ada
Vale's Brindlemoor" (Vale's book, no part of hers) and "the story Ada Vale began as a comic,
arrives on Netflix" (a streamer): a part the article itself writes as a film's name ("the
Brindlemoor film", "Brindlemoor, directed by Ada Vale,") or that is a channel, a streamer or a
social site is no one's part (invented examples); nor is a channel's first word ("Sky") in a
line "Lumen (Sky)" among a round-up's lines that head its works by their channels.
"""

from __future__ import annotations

import re

from bot.extract.casttitles import sited
from bot.extract.lexicon import CHANNEL, CHANNEL_NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_WORK_NOUN = lazy_pattern(r"[ ](?:films?|movies?|franchise|adaptation)\b")
"""A work's noun after a name used as its modifier: "the Brindlemoor film". Never "series" nor
"spin-off": a part may name one ("the Mira series", "a Mira Holt spin-off")."""
_CREDITED = lazy_pattern(r",[ ](?:directed|written|created|produced)[ ]by[ ]")
"""A credit right after the name: "Brindlemoor, directed by Ada Vale, follows" (a work's)."""
_OPENS = lazy_pattern(r"(?:^|[.!?\n][ ]?)(?:The[ ])?$")
"""The name opens its sentence (the credit is on the subject, not on a list's last part: "as
Tam and Mora, directed by Ada Vale" credits the film)."""
_WORD_CHAR = lazy_pattern(r"[\w’'-]")
_PLAYS_BEFORE = lazy_pattern(
    r"\b(?:play(?:s|ed|ing)?|cast[ ]as|(?:star|return)(?:s|ed|ing)?[ ]as|role[ ]of)[ ]"
    r"(?:the[ ]|a[ ])?(?:[a-z-]+[ ]){0,2}$"
)
"""The words that give a part, right before its name: "will play", "cast as", "the role of"."""


_CHANNEL_WORD = lazy_pattern(CHANNEL)
"""A channel's first word, which may be the whole of its name: "Sky", "Prime", "Now"."""
_CHANNEL_HEADING = lazy_pattern(rf"^[^()\n]{{1,80}}[ ]\({CHANNEL_NAME}\)$", re.MULTILINE)
"""A line that is only a work and its channel, whole: "Lumen (Netflix)", "Lumen (BBC Two)"."""


def _channel_heading(fact: CastFact, text: str) -> bool:
    """Whether the casting is a line "Lumen (Sky)" among lines that head a round-up's works by
    their channels ("Tin Lane (Netflix)"): a work and its channel, no actor and part (a lone "X
    (Max)" may still be an actor and a part)."""
    if fact.evidence.strip() != f"{fact.actor} ({fact.character})":
        return False
    if _CHANNEL_WORD.fullmatch(fact.character) is None:
        return False
    return any(m.group() != fact.evidence.strip() for m in _CHANNEL_HEADING.finditer(text))


def _names_a_work(part: str, text: str) -> bool:
    """Whether the article writes ``part`` as a work's modifier, or credits it as a work."""
    at = text.find(part)  # each spelling of the part, checked where it stands
    while at >= 0:
        starts_word = at == 0 or _WORD_CHAR.match(text, at - 1) is None
        after = at + len(part)
        credited = _CREDITED.match(text, after) and _OPENS.search(text, max(at - 6, 0), at)
        if starts_word and (_WORK_NOUN.match(text, after) or credited):
            return True
        at = text.find(part, at + 1)
    return False


def _played(fact: CastFact) -> bool:
    """Whether the casting's own sentence gives the actor the part in so many words ("will play
    Mira Holt", "cast as Mira Holt"): a title character keeps the part even when the article
    writes "the Mira Holt films" of the franchise."""
    at = fact.evidence.find(fact.character)
    return at > 0 and _PLAYS_BEFORE.search(fact.evidence, 0, at) is not None


def work_parts_dropped(text: str, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose part is a streamer, or a work the article names and
    no sentence casts as a part."""
    return [
        fact
        for fact in cast
        if not sited(fact.character)
        and not _channel_heading(fact, text)
        and (_played(fact) or not _names_a_work(fact.character, text))
    ]
