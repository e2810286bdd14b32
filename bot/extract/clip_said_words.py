"""Words a trailer, a teaser or a poster itself "says": what the footage shows or plays, no
one's quote.

"The teaser released in March had said only “...”" or "the poster simply says “...”" makes the
clip or the poster the subject of the saying: its card, its tagline or a line of the work, never
a remark anyone made to the press, whoever released it. A person who speaks about the clip
("after the trailer dropped, Ada said “...”", "the trailer is out and she says “...”") is the
subject there, so a comma, a stop, a joining word or a pronoun between the clip and the verb
leaves the words alone, as does a clip inside a phrase ("the post with the trailer said “...”":
the post is its poster's message).
"""

from __future__ import annotations

from bot.extract.lexicon import MONTH_NAME
from bot.lazy_patterns import lazy_pattern

_SAID = lazy_pattern(
    r"(?:^|(?<=[.!?:;,\n])[ ]?|(?<=\bthat[ ])|(?<=\band[ ])|(?<=\bbut[ ]))"
    r"(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Aa]n?)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:trailer|teaser|promo|poster|clip)s?"
    r"(?:,[ ](?!(?:he|she|they|we|you|i)\b)[a-z][^,.;:“”\"]{0,40},)?"
    r"(?:[ ](?!(?:and|but|or|when|while|after|before|because|so|then|he|she|they|we|you|it|i)"
    rf"\b)(?:[a-z0-9-]+|{MONTH_NAME})){{0,6}}"
    r"[ ](?:had[ ]|has[ ]|have[ ])?(?:only[ ]|simply[ ]|just[ ])?(?:said|says|say)"
    r"(?:[ ](?:only|simply|just))?[:,]?[ ]$"
)
"""The clip opening its clause (not "the post with the trailer said", a post's message), an
aside on it between commas or a few plain words ("released in March", "had"), then its saying,
the words next."""
_REACH = 120


def clip_said(text: str, start: int) -> bool:
    """The quotation opening at ``start`` (inside its marks) is what a clip or a poster says."""
    before = (max(0, start - _REACH), max(0, start - 1))
    if text.find(" sa", *before) < 0:
        return False  # cheap test first
    return _SAID.search(text, *before) is not None
