"""A reply or comment under someone's post is its own writer's, never the post's owner's.

"One of the top replies under Netflix UK's post read: ‘...’", "a comment beneath Ada Vale's
video said: ‘...’": the words are the one who replied, whom the sentence does not name; the
account or person whose post it answered only owns the thread.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_REPLY_UNDER = lazy_pattern(
    r"\b(?:repl(?:y|ies)|comments?|responses?)[ ](?:under|beneath|below|on|to)[ ]"
    r"(?:[^,.;:!?“”\"‘’]{1,60}?)(?:post|tweet|video|clip|photo|picture|caption|update|reel)s?"
    r"[ ](?:read|reads|said|says)[,:]?[ ]*$"
)
"""The reply, the post it answers, then the verb that gives the reply's words."""


def reply_to_a_post(pre: str) -> bool:
    """The words after ``pre`` are a reply under another's post, its writer unnamed."""
    return _REPLY_UNDER.search(pre) is not None
