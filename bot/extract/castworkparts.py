"""A work or a streamer taken for a part, for :mod:`bot.extract`: "the film that closes Ada
Vale's Brindlemoor" (Vale's book, no part of hers) and "the story Ada Vale began as a comic,
arrives on Netflix" (a streamer): a part the article itself writes as a film's name ("the
Brindlemoor film") or that is a channel, a streamer or a social site is
no one's part (invented examples).
"""

from __future__ import annotations

from bot.extract.casttitles import sited
from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import CastFact

_WORK_NOUN = lazy_pattern(r"[ ](?:films?|movies?|franchise|adaptation)\b")
"""A work's noun after a name used as its modifier: "the Brindlemoor film". Never "series" nor
"spin-off": a part may name one ("the Mira series", "a Mira Holt spin-off")."""
_WORD_CHAR = lazy_pattern(r"[\w’'-]")


def _names_a_work(part: str, text: str) -> bool:
    """Whether the article writes ``part`` as a streamer's name or as a work's modifier."""
    if sited(part):
        return True
    at = text.find(part)  # each spelling of the part, checked where it stands
    while at >= 0:
        starts_word = at == 0 or _WORD_CHAR.match(text, at - 1) is None
        if starts_word and _WORK_NOUN.match(text, at + len(part)):
            return True
        at = text.find(part, at + 1)
    return False


def work_parts_dropped(text: str, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose part is a work or a streamer the article names."""
    return [fact for fact in cast if not _names_a_work(fact.character, text)]
