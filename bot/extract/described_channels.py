"""A broadcaster told of by its channel (or an organisation) in the same sentence, for
:mod:`bot.extract.speaker_apposed_names`: in "BBC Two is expected to show it “...”, according to
the broadcaster" and "Channel 9 viewers must wait; the Irish broadcaster says “...”" the
broadcaster is the channel's, never an unnamed one called "broadcaster", even when the
channel is not the one the article's work airs on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lexicon import CHANNEL_MENTION
from bot.extract.territory_orgs import territory_of

if TYPE_CHECKING:
    from bot.extract.organisations import Organisations
    from bot.extract.text import Doc

_BROADCAST_NOUNS = frozenset({"broadcaster", "channel", "network"})
"""What a channel's owner is called ("the broadcaster"); not "the streamer", which may be
another outlet than a channel named beside it."""


def channel_in_sentence(doc: Doc, orgs: Organisations, words: list[str], at: int) -> str | None:
    """The channel, or the organisation named last, named whole in the sentence before ``at``
    where the descriptor ``words`` stands, if it names a broadcaster and (when it gives a
    territory: "the Irish broadcaster") the sentence names that one only; None otherwise."""
    if words[-1].lower() not in _BROADCAST_NOUNS:
        return None
    start = doc.sentence_at(at).start
    found = [(m.start(), m.group()) for m in CHANNEL_MENTION.finditer(doc.masked, start, at)]
    last = orgs.last_before(at)
    if last is not None and (named := _whole_at(doc.masked, last, start, at)) >= 0:
        found.append((named, last))
    if not found:
        return None
    channel = max(found)[1]
    if territory_of(words) is None or len({name for _, name in found}) == 1:
        return channel  # "RTÉ One viewers wait; the Irish broadcaster says": the one named
    return None


def _whole_at(text: str, name: str, start: int, end: int) -> int:
    """Where ``name`` stands last as whole words in ``text[start:end]``; -1 if it does not."""
    at = text.rfind(name, start, end)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            after >= len(text) or not text[after].isalnum()
        ):
            return at
        at = text.rfind(name, start, at)
    return -1
