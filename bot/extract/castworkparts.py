"""A work or a streamer taken for a part, for :mod:`bot.extract`: "the film that closes Ada
Vale's Brindlemoor" (Vale's book, no part of hers) and "the story Ada Vale began as a comic,
arrives on Netflix" (a streamer): a part the article itself writes as a film's name ("the
Brindlemoor film") or that is a channel, a streamer or a social site is
no one's part (invented examples).
"""

from __future__ import annotations

import re

from bot.extract.casttitles import sited
from bot.facts import CastFact

_WORK_NOUN = r"(?:films?|movies?|franchise|adaptation)"
"""A work's noun after a name used as its modifier: "the Brindlemoor film". Never "series" nor
"spin-off": a part may name one ("the Mira series", "a Mira Holt spin-off")."""


def _names_a_work(part: str, text: str) -> bool:
    """Whether the article writes ``part`` as a streamer's name or as a work's modifier."""
    if sited(part):
        return True
    if part not in text:
        return False  # the cheap test first: a resolved part the text never spells out
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(part)}[ ]{_WORK_NOUN}\b")
    return pattern.search(text) is not None


def work_parts_dropped(text: str, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose part is a work or a streamer the article names."""
    return [fact for fact in cast if not _names_a_work(fact.character, text)]
