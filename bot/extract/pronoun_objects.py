"""A name whose clause acts on the pronoun's person is not who the pronoun stands for.

"Piet Lund has called him “a natural”, and the actor admits he blushed": Lund is named before
"he", but Lund's clause speaks of "him", so "he" is that other man (the one the piece is
about), never Lund. Likewise "Ada Vale signed her up, and she ..." for "she". A copula
("Lund says it was him") acts on no one, nor does a name that only owns the clause's subject
("Lund’s mother raised him").
The same holds for a sentence before the quote whose subject tells or asks the pronoun's person
("Ada Vale, who plays Wren, told her the tune made her cry. “...,” she says.": she is whom Vale
told, never Vale; :func:`subject_acts_on`).
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_VERB = (
    r"\b(?:(?!(?:is|was|has|as|his|this|does)[ ])[a-z]+(?:s|ed)"
    r"|brought|sent|put|took|kept|got|told|made|cast|gave|let)[ ]"
)
"""A verb acting on what follows: "calls", "signed", "brought", never "was" or "has"."""
_OBJECT = {
    "he": re.compile(rf"{_VERB}him\b(?!self)"),
    "she": re.compile(
        rf"{_VERB}her(?=[ ]*[.,;:“\"‘]|[ ](?:as|to|back|up|in|over|off|that|the|an?|one|how|what"
        r"|why|about)\b)"
    ),
}
_OWNED = lazy_pattern(r"[\w-]+[’']s\b")
"""The name as an owner ("Vale’s mother raised her"): the clause's subject is someone else."""


def acts_on(between: str, pronoun: str) -> bool:
    """Whether ``between`` (a name's words up to the pronoun) acts on the ``pronoun``'s person."""
    found = _OBJECT.get(pronoun.lower())
    if found is None or _OWNED.match(between):
        return False
    return found.search(between) is not None


_SUBJECT_VERB = lazy_pattern(
    r"(?:,[ ][^,;:“”\"]{1,80},)?[ ](?:[a-z]+ly[ ])?(?:(?:had|has|once|then|later|also|first)[ ])?"
    r"(?P<verb>told|tells|asked|asks|rang|rings|phoned|texted|messaged|emailed|warned|promised"
    r"|reminded|assured|begged|urged|thanked)[ ]"
)
"""A subject's own verb of telling or asking, after its aside if any, with the pronoun's person
as its object: "Ada Vale, who plays Wren, told her", "Reed once asked him"."""


def subject_acts_on(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """The subject ``raw`` at ``at`` in ``chunk`` tells or asks ``pronoun``'s person ("Vale told
    her the tune ..."), so that person is someone else: no one tells themself."""
    told = _SUBJECT_VERB.match(chunk, at + len(raw))
    found = _OBJECT.get(pronoun)
    if told is None or found is None:
        return False
    return found.match(chunk, told.start("verb")) is not None
