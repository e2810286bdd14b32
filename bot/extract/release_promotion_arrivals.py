"""A time told after a promotion's arrival ("the studio says a first look will arrive “in the
summer”, so keep an eye on its channel in June or July"; "a teaser will drop ‘soon’, so watch
out in March"): the release verb is the trailer's or first look's, so the time is no window of
the film's release. The quoted words hide the promotion from the few words before the time,
so the verb is matched back to its subject in the whole sentence. A promotion said to be still
missing stands for the pronoun after it ("No teaser yet: the studio says that is coming in the
spring", "no trailer so far, but the channel says one will drop in March").
"""

from __future__ import annotations

import re

from bot.extract.release_words import RELEASE_VERB

_PROMOTION = (
    r"\b(?:first[- ]look|trailer|teaser|clip|poster|featurette|footage|glimpse|sneak[ ]peek"
    r"|images?|stills)s?(?:[ ]at[ ][^,;.]{1,40}?)?[ ]"
    r"(?:(?:will|would|should|could|may|might|is|are)[ ])?"
    r"(?:(?:be[ ])?(?:set|due|expected|likely|going|about)[ ]to[ ])?"
)


def promotion_arrives(before: str, chunk: str) -> bool:
    """The last release verb in ``before`` is, in ``chunk``, a promotion's, and the only one."""
    verbs = list(RELEASE_VERB.finditer(before))
    if not verbs:
        return False
    verb = re.escape(verbs[-1].group())
    if len(re.findall(rf"\b{verb}\b", chunk)) != 1:
        return False
    if re.search(rf"{_PROMOTION}{verb}\b", chunk, re.I) is not None:
        return True
    return re.search(rf"{_PENDING}{verb}\b", chunk) is not None


_PENDING = (
    r"\b[Nn]o[ ](?:(?:official|proper|full|new)[ ])?(?:first[- ]look|trailer|teaser|clip|poster|"
    r"featurette|footage)s?(?:[ ](?:yet|so[ ]far|as[ ]yet))?\b[^.;“”\"]{0,60}?"
    r"\b(?:that|one|it)[ ](?:(?:will|would|should|is|are)[ ])?"
    r"(?:(?:be[ ])?(?:set|due|expected|likely|going)[ ]to[ ])?"
)
"""A promotion still missing, then the pronoun that stands for it as the verb's subject."""
