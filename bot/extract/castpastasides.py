"""A career's past part told with an aside on who the part is, then the work it was in, for
:mod:`bot.extract.castelsewhere`.

"In 2019 she was cast as Ada Finch, the niece of Tom Reed's Walter, in the Gullstone Pier
specials" and "when Vale starred as Nell Hardy, the vicar's daughter, in Lowland Road": a
past-tense casting whose part is set, after its aside, in a named work this article is not about
is that work's part, never news of ours ("has been cast as Mira, a nurse, in <ours>" stays); so is
a part in "their last show, <title>," (:mod:`.castlastworks`), and a part set in a work dated
"last year's" or by its year right after it: "Vale, who played Tom's aunt, Nell Hardy, in last
year's BBC drama Lowland Road" (that work's part whatever stands between the verb and the part).
"""

from __future__ import annotations

from bot.extract.castlastworks import last_work_part, not_ours
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_PAST_CASTING = r"\b(?:(?:was|were)[ ]cast[ ]as|starred[ ]as|played|appeared[ ]as)"
"""A casting told in the past, not "has been cast as"."""
_PAST_VERB = lazy_pattern(rf"{_PAST_CASTING}[ ](?:the[ ]role[ ]of[ ])?$")
"""Just before the part: a casting told in the past."""
_ASIDE_THEN_WORK = lazy_pattern(
    r",[ ](?:the|a|an|his|her|their)[ ][^,.;:()“”\"]{1,80}?,[ ](?:in|on)[ ](?:the[ ])?"
    rf"(?:{NAME}[’']s[ ])?[“\"‘']?(?P<work>{NAME})"
)
"""After the part: its aside closed by a comma, then the work: ", the vicar's daughter, in Z"."""
_DATED_WORK = lazy_pattern(
    r",?[ ](?:in|on)[ ](?:(?:last|that)[ ]year[’']s|the[ ](?:19|20)\d\d)[ ]"
    rf"(?:(?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ])?[“\"‘']?(?P<work>{NAME})"
)
"""Right after the part, a work dated as past: ", in last year's Corvid TV drama Lowland Road"."""
_PLAYED = lazy_pattern(rf"{_PAST_CASTING}\b")
"""A casting told in the past, somewhere before the part (an aside on the part between)."""


def past_aside_in_work(fact: CastFact, context: Context) -> bool:
    """The casting is a past part set, after an aside on it, in a work not ours."""
    if last_work_part(fact, context):
        return True  # "Your last series, Tide, had X as Y": Tide's part
    text = fact.evidence
    at = text.find(fact.character)
    if at >= 0 and _dated_work(fact, context, at):
        return True
    if at < 0 or _PAST_VERB.search(text, max(0, at - 40), at) is None:
        return False
    after = _ASIDE_THEN_WORK.match(text, at + len(fact.character))
    return after is not None and not_ours(after["work"], context)


def _dated_work(fact: CastFact, context: Context, at: int) -> bool:
    """ "who played Tom's aunt, Nell Hardy, in last year's Corvid TV drama Lowland Road": a past
    verb before the part and a work dated as past right after it, not ours."""
    after = _DATED_WORK.match(fact.evidence, at + len(fact.character))
    if after is None or _PLAYED.search(fact.evidence, max(0, at - 60), at) is None:
        return False
    return not_ours(after["work"], context)
