"""A quotation that opens by relaying a third person's words ("“She said, ‘Make it true.’ I
wrote that down.”"): the one speaking reports what someone said to them, so the outer words are
never that someone's. When the clause before the quotation tells what a named person said to
the speaker ("He recalled what Ada Vale told him on day one:", "asked what Vale said to him:"),
that person is the frame's "she", never the sayer of the outer words: the quotation is held
for want of a sure speaker (the teller of the memory is the clause's subject, often a pronoun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.interview_answers import mentions
from bot.extract.quote_genders import UNATTRIBUTED
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Speaker

_FRAME = lazy_pattern(
    r"(?:And[ ]|Then[ ])?(?:She|He|They)[ ](?:just[ ])?(?:said|says|told[ ](?:me|us)|"
    r"asked(?:[ ](?:me|us))?|goes|went|wrote)[,:]?[ ]*[‘'“\"]"
)
"""A relay frame opening the quotation's words: "She said, ‘", "He told me: ‘"."""
_WHAT_TOLD = lazy_pattern(
    r"\b(?:what|how)[ ](?P<teller>[^:;.“”\"]{2,80}?)[ ]"
    r"(?:told|tells|said|says|asked|wrote|had[ ](?:told|said|asked))\b"
    r"[^:;.“”\"]{0,60}:[ ]*$"
)
"""A clause up to the colon telling what someone said: "what Vale told him on their last day:"."""


def _framed_teller(text: str, pre: str, name: str) -> bool:
    """Whether ``name`` is the one whose words the quotation ``text`` relays: the words open
    with a relay frame and the clause before (``pre``) tells what ``name`` said."""
    if _FRAME.match(text) is None:
        return False
    told = _WHAT_TOLD.search(pre)
    return told is not None and mentions(name, told["teller"])


def unless_framed(own: Speaker | None, text: str, pre: str) -> Speaker | None:
    """``own``, or no one when ``own`` is the person whose words the quotation relays."""
    if own is not None and own.source is SourceKind.PERSON and _framed_teller(text, pre, own.name):
        return UNATTRIBUTED
    return own
