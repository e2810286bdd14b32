"""A time told after a promotion's arrival ("the studio says a first look will arrive “in the
summer”, so keep an eye on its channel in June or July"; "a teaser will drop ‘soon’, so watch
out in March"), or after more news of the film ("Casting news, together with a teaser,
will be released in August"; "The first teaser for Saltreed, the new coastal drama, dropped
today"; invented): the release verb is the trailer's, first look's or news's, so the time is
no window of the film's release. The quoted words, or an aside ("along with ...", "the new
drama", "Ada Vale's first feature", "his debut") hide the subject from the few words before the
time, so the verb is matched back to its subject in the whole sentence. A promotion said to be
still missing stands for the pronoun after it ("No teaser yet: the studio says that is coming in
the spring", "no trailer so far, but the channel says one will drop in March").
"""

from __future__ import annotations

import re
from functools import cache

from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_PROMO_NOUNS = r"first[- ]look|trailer|teaser|clip|poster|featurette"
"""The promotions a studio puts out, named alike in every pattern here."""
_AWAIT_VERBS = r"expect|look[ ]out|watch[ ]out|keep[ ]an[ ]eye(?:[ ]out)?"
"""How a time awaited for a promotion is told: "expect one", "look out for one"."""
_EXPECT_ONE = lazy_pattern(
    rf"\b(?:expect|(?:{_AWAIT_VERBS})(?<=out)[ ]for)[ ]one"
    r"(?:[ ](?:in|on|around|by|from|towards?|at|before))?(?:[ ](?:the|a))?[ ]?$"
)
"""A time awaited for "one", a pronoun no film is told by ("Netflix usually drops a full trailer a
month before release, so expect one in mid-March"): the thing awaited is the promotion."""
_NAMED_BEFORE = lazy_pattern(rf"\b(?:{_PROMO_NOUNS})s?\b[^.;“”\"]{{0,100}}?\b(?:{_AWAIT_VERBS})\b")
"""The promotion the pronoun stands for, named earlier in the sentence."""
_PROMOTION = (
    rf"\b(?:{_PROMO_NOUNS}|footage|glimpse|sneak[ ]peek"
    r"|images?|stills|details|information|news|updates?|announcements?)s?"
    r"(?:[ ](?:at|for)[ ][^,;.]{1,40}?)?"
    r"(?:,[ ](?:along[ ]with|together[ ]with|including|plus|featuring|showing|the|an?|its|their|"
    r"his|her|(?-i:[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,3})[’']s)"
    r"[ ][^,;.]{1,80},)?[ ]"
    r"(?:(?:will|would|should|could|may|might|is|are|was|were)[ ])?(?:be[ ](?=\w+ed\b))?"
    r"(?:(?:be[ ])?(?:set|due|expected|likely|going|about)[ ]to[ ])?"
)


def promotion_arrives(before: str, chunk: str) -> bool:
    """The last release verb in ``before`` is, in ``chunk``, a promotion's, and the only one; or
    the time is one awaited for a promotion named before it ("expect one in mid-March")."""
    if " one" in before and _EXPECT_ONE.search(before) and _NAMED_BEFORE.search(chunk):
        return True
    verbs = list(RELEASE_VERB.finditer(before))
    if not verbs:
        return False
    alone, promoted, pending = _verb_patterns(verbs[-1].group())
    if len(alone.findall(chunk)) != 1 or _SAME_TIME.search(chunk) is not None:
        return False
    return promoted.search(chunk) is not None or pending.search(chunk) is not None


_SAME_TIME = lazy_pattern(
    rf",[ ](?:when|as|once|where)[ ](?:the|it|its)\b[^,;.“”\"]{{0,50}}?(?:{RELEASE_VERB.pattern})"
)
"""The film's own arrival at that time, told after it ("Further details will be released in
August, when the film itself arrives in cinemas"): the time is the film's too."""


@cache
def _verb_patterns(verb: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The verb alone, after a promotion, and after a missing one, compiled once per verb: the
    ``re`` module's own cache is too small for all the patterns the extractor builds from names,
    so it kept compiling these again."""
    escaped = re.escape(verb)
    return (
        re.compile(rf"\b{escaped}\b"),
        re.compile(rf"{_PROMOTION}{escaped}\b", re.I),
        re.compile(rf"{_PENDING}{escaped}\b"),
    )


_PENDING = (
    r"\b[Nn]o[ ](?:(?:official|proper|full|new)[ ])?(?:first[- ]look|trailer|teaser|clip|poster|"
    r"featurette|footage)s?(?:[ ](?:yet|so[ ]far|as[ ]yet))?\b[^.;“”\"]{0,60}?"
    r"\b(?:that|one|it)[ ](?:(?:will|would|should|is|are)[ ])?"
    r"(?:(?:be[ ])?(?:set|due|expected|likely|going)[ ]to[ ])?"
)
"""A promotion still missing, then the pronoun that stands for it as the verb's subject."""
