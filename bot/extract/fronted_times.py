"""A sentence opening on a time or place phrase with no comma before its subject.

"In the morning Ada Vale drives in from Hove." reads to a plain subject search as if "In" were
the subject; the one a later "she says" stands for is the name after the phrase. Only a phrase
of lower-case words is crossed ("At the wrap party Tom Reed ..."), so a name inside the phrase
("In Ada Vale's film ...") is never mistaken for its sentence's subject.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FRONTED = lazy_pattern(
    r"(?P<head>In|At|On|After|Before|During|By|Over|Between|For|To|Since)[ ]"
    r"(?:(?:the|a|an|this|that|each|every|one)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,2})"
    r"|(?:[a-z-]+[ ]){1,2}?(?P<lone>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})"
    r"|(?:[a-z-]+[ ]){0,1}[a-z-]+,[ ](?P<aside>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}),[ ]"
    r"[a-z][^,;.]*,)(?:,[ ](?:who|whose)[ ][^,;.“”\"]*,)?[ ]"
    r"(?:[a-z]+s|[a-z]+ed|had|will|can|sat|came)\b"
)
"""A lower-case fronted phrase, then a full name and its verb ("In the afternoon Ada Vale
arrives"); a bare phrase may front a surname alone ("Between setups Reed tells me"), or set it
between commas with a lower-case aside after it ("Between takes, Reed, best known as ..., is"),
or after whose view or since when ("For most fans Reed is", "Since May Reed has"); the name may
have its relative aside before the verb ("Between takes Ada Vale, who plays Wren, is ...")."""


def past_fronted_phrase(chunk: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` (subjects, last first) with a fronted phrase's opening word ("In") swapped for
    the name after the phrase, the sentence's real subject (see above)."""
    fronted = _FRONTED.match(chunk)
    if fronted is None or (0, fronted["head"]) not in found:
        return found
    group = "name" if fronted["name"] else "lone" if fronted["lone"] else "aside"
    named = (fronted.start(group), fronted[group])
    kept = [item for item in found if item != (0, fronted["head"]) and item != named]
    return sorted([*kept, named], reverse=True)
