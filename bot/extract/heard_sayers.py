"""Words someone "can be heard shouting" in a clip: theirs, whoever posted the clip.

"Ada Vale shared a clip from the wrap party; Tom Reed, who plays Dace, can be heard
shouting “again!” off camera." is Reed's, not Vale's: the sentence names who is heard. One
heard "as" or "playing" a part ("Reed, as Dace, could be heard shouting") speaks a line of the
work, no quote of his own.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind

_HEARD = lazy_pattern(
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
    r"(?:,[ ](?!(?:as|playing)[ ])[^,“”]{1,60},)?[ ]"
    r"(?:can|could)[ ]be[ ]heard[ ](?:shouting|yelling|saying|calling(?:[ ]out)?|singing)"
    r"[ ]*[“\"‘']?$"
)


def heard_sayer(resolver: Resolver, pre: str, offset: int) -> Speaker | None:
    """The person named as heard saying the quote that follows ``pre``."""
    found = _HEARD.search(pre)
    if found is None:
        return None
    speaker = resolver.who(found["name"], offset + found.start("name"), "")
    return speaker if speaker is not None and speaker.source is SourceKind.PERSON else None
