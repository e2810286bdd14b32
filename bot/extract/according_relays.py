"""A source cited by "according to" that tells of a named one speaking: "According to Lund, Vale
heard the cue and said only “...”". The words are Vale's, told by Lund: the citation is no
attribution of them, and the named one's own verb is left to credit them. "According to Lund,
Vale is “...”" has no verb of speech after the name: those words stay Lund's.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_NAMED_SAYS = lazy_pattern(
    rf",[ ](?:(?!as[ ])[a-z][\w-]*[ ]){{0,2}}?{NAME}"
    r"(?:[ ](?:[a-z][\w’'-]*|(?:in|on|at|from|since|until)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?))"
    rf"{{0,8}}?[ ]{SPEECH_VERBS}\b"
)
"""After the source: a name, perhaps with a role before it ("director Ada Vale"), lowercase
words or a place or month after a preposition ("in May", "at Abbey Road"), then a verb of
speech. "as" before the name tells the source's aside ("as Vale said"), no one's own speaking."""


def names_a_sayer(pre: str, end: int) -> bool:
    """Whether a named one speaks right after the source "according to" cites (ending at
    ``end`` in ``pre``)."""
    return _NAMED_SAYS.match(pre, end) is not None
