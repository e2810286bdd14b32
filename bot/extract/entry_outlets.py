"""The outlet a guide entry's heading names: who "the broadcaster" is in that entry.

A watch guide heads each entry with the work and, in brackets, where it shows ("Tern Rock
(Channel 4, Sunday 9pm)", "Tern Rock (BBC iPlayer, all episodes from Sunday)"). "The
broadcaster" or "the channel" in the paragraph right under that heading is the bracket's
outlet: not the streamer an earlier entry named last, nor the one the article is about.
"""

from __future__ import annotations

from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_ENTRY_HEAD = lazy_pattern(
    rf"[^()]{{1,80}}[ ]\((?P<where>{CHANNEL_NAME})(?![\w-])(?:,[ ][^()]{{1,40}})?\)[ ]*"
)
"""A guide entry's heading: the title, then its outlet in brackets, perhaps with its day."""


def entry_outlet(doc: Doc, offset: int) -> str | None:
    """The outlet in the heading right above the paragraph holding ``offset``, if any."""
    para = doc.sentence_at(offset).para
    if para == 0:
        return None
    head = doc.paras[para - 1]
    found = _ENTRY_HEAD.fullmatch(doc.text, head.start, head.end)
    return found["where"] if found is not None else None
