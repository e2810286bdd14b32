"""The company a statement was sent through is the channel, not the speaker.

"In a statement released through Harrow, he said: ‘...’" and "In a message issued via Osprey
Studios, she said:" are the words of the person the paragraph is about: the "he" or "she" is
never the company named after "through" or "via".
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_CHANNEL = lazy_pattern(
    r"\b(?:statement|message|released|issued|sent|shared|provided|put[ ]out)[ ]"
    r"(?:[a-z]+[ ]){0,3}?(?:through|via)[ ](?:the[ ])?"
    r"(?P<channel>[A-Z][\w’'&.-]*(?:[ ][A-Z][\w’'&.-]*){0,3})"
)


def without_channels(pre: str) -> str:
    """``pre`` with each channel's name ("through Harrow") blanked, its length kept."""
    return _CHANNEL.sub(
        lambda m: m.group()[: m.start("channel") - m.start()] + " " * len(m["channel"]), pre
    )
