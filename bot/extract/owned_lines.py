"""A line a review hands to a performer as a thing they own: no one's quote.

A review names a part's line as the subject of its sentence: "Vale plays the consultant, and
owns every scene. Her “Nobody leaves tonight.” is already a meme." The possessive and the verb
after the marks make the quotation a noun (the line as spoken in the work), not words said to
the press.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OWNER_BEFORE = lazy_pattern(
    r"(?:^|[.!?][ ]+|\n)(?:Her|His|Their)[ ]$"
    r"|\b(?!(?:It|That|There|Here|What|Who|Where|He|She|Let)[’']s)[A-Z][\w’'-]+[’']s[ ]$"
    r"|[ ]whose[ ](?:(?:catch|pet|signature|stock|favourite|favorite)[ ]?)?"
    r"(?:phrase|line|refrain|motto|sign-off|greeting|cry|)[ ]?$"
)
"""Who owns the line: "Her" opening a sentence, or a name's possessive anywhere ("revealed that
Vale’s “...” was improvised"); "That’s" or "Here’s" is "is", no owner; a "whose" after a part
described ("a pompous sheriff whose “...” becomes a joke", "whose catchphrase “...”"): the line
the part speaks."""
_OWNER_REACH = 40
"""How far back the owner can start: a sentence's stop and "Their ", or a long name's "’s "."""
_VERB_AFTER = lazy_pattern(
    r"[ ](?:(?:soon|quickly|never|always|still|already|[a-z]+ly)[ ])?"
    r"(?:is|was|has|had|became|becomes|remains|turns|turned|grows|grew|gets|got|wears|wore"
    r"|falls|fell|lands|landed)\b"
)
"""The verb whose subject the line is, perhaps after an adverb ("soon turns", "never lands")."""


def owned_line(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) comes after its owner ("Her" opening
    a sentence, or a name's possessive) and is the subject of the verb straight after it."""
    if _OWNER_BEFORE.search(text, max(0, start - _OWNER_REACH), max(0, start - 1)) is None:
        return False
    return _VERB_AFTER.match(text, after_close(text, end)) is not None


def after_close(text: str, end: int) -> int:
    """The offset just past the closing mark of a quotation whose words end at ``end`` (``end``
    itself when no mark follows)."""
    return end + 1 if text[end : end + 1] in "”\"’'" else end
