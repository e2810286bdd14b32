"""A career's past part told with an aside on who the part is, then the work it was in, for
:mod:`bot.extract.castelsewhere`.

"In 2019 she was cast as Ada Finch, the niece of Tom Reed's Walter, in the Gullstone Pier
specials" and "when Vale starred as Nell Hardy, the vicar's daughter, in Lowland Road": a
past-tense casting whose part is set, after its aside, in a named work this article is not about
is that work's part, never news of ours ("has been cast as Mira, a nurse, in <ours>" stays); so is
a part in "their last show, <title>," (:mod:`.castlastworks`).
"""

from __future__ import annotations

from bot.extract.castlastworks import TITLE_ARTICLES, last_work_part
from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME
from bot.facts import CastFact

_PAST_VERB = lazy_pattern(
    r"\b(?:(?:was|were)[ ]cast[ ]as|starred[ ]as|played|appeared[ ]as)[ ](?:the[ ]role[ ]of[ ])?$"
)
"""Just before the part: a casting told in the past, not "has been cast as"."""
_ASIDE_THEN_WORK = lazy_pattern(
    r",[ ](?:the|a|an|his|her|their)[ ][^,.;:()“”\"]{1,80}?,[ ](?:in|on)[ ](?:the[ ])?"
    rf"(?:{NAME}[’']s[ ])?[“\"‘']?(?P<work>{NAME})"
)
"""After the part: its aside closed by a comma, then the work: ", the vicar's daughter, in Z"."""


def past_aside_in_work(fact: CastFact, context: Context) -> bool:
    """The casting is a past part set, after an aside on it, in a work not ours."""
    if last_work_part(fact, context):
        return True  # "Your last series, Tide, had X as Y": Tide's part
    text = fact.evidence
    at = text.find(fact.character)
    if at < 0 or _PAST_VERB.search(text, max(0, at - 40), at) is None:
        return False
    after = _ASIDE_THEN_WORK.match(text, at + len(fact.character))
    if after is None:
        return False
    words = [w for w in after["work"].split() if w not in TITLE_ARTICLES]
    return bool(words) and not any(context.is_known(w) for w in words)
