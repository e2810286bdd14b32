"""Names before a part that are no actor, for :mod:`bot.extract.cast`: a place or a work, read
here; a co-star or a caster, left to :func:`.castopposite.a_partner` and
:func:`.castcasters.a_caster`, which this module asks.

"The actor from Port Elvan, who plays Lou Carrow, ...", "a newcomer from East Harrow who will
play Kit": the name after a person's noun and "from" is where they come from. "She led the
indie feature Copper Sky as Nell Ames", "her debut in Channel 5's Copper Sky as Nell": the name
after a work's noun or an owner's possessive is the work, the actor is the sentence's subject.
"He turned down a return to Copper Sky to play Kit": the name after "return to" is the work (or
place) gone back to. Neither "Port Elvan" nor "Copper Sky" is read as playing the part. The
owner may be a channel, a studio or a person (a director's "Oren Pask's Copper Sky" is his film
the same way), but never the article's own production: "met him on Greenroom's Rowan Teague as
Dan" names our cast.
"""

from __future__ import annotations

import re

from bot.extract.castcasters import a_caster
from bot.extract.castopposite import a_partner, past_partner
from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_ORIGIN_BEFORE = lazy_pattern(
    r"\b(?:actor|actress|actors|star|newcomer|performer|player|singer|comedian|teenager|teen|"
    r"youngster|native|graduate|student|\d{1,2}-year-old)[ ]from[ ](?:the[ ])?$",
    re.IGNORECASE,
)
"""A person's noun and "from" just before the name."""
_WORK_BEFORE = lazy_pattern(
    r"\b(?:the|a|an|his|her|their)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:feature|short|indie|picture|pilot|(?:revival|production|staging|remake)[ ]of)[ ]$"
)
"""A work's noun the film trade uses (not a genre) just before the name: "the micro-budget
feature", or a stage run of a play: "cast in the Lyric's summer revival of The Glass Tide as
Nora" (the play's name, not the actor's)."""
_RETURN_BEFORE = lazy_pattern(r"\breturn(?:s|ed|ing)?[ ]to[ ](?:the[ ])?$", re.IGNORECASE)
"""A return just before the name: "a return to Copper Sky to play Kit" (a work gone back to)."""
_POSSESSED_BEFORE = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Ii]ts)[ ]$")
"""A possessive determiner just before the name: "won her Golden Globe playing Mira" (a thing
someone owns, never the actor's own name)."""
_OWNED_WORK_BEFORE = lazy_pattern(
    r"\b(?:in|on)[ ](?:the[ ])?(?P<owner>[A-Z][\w&+-]*(?:[ ](?:[A-Z][\w&+-]*|\d{1,2}))?)[’']s[ ]$"
)
"""An owner's possessive after "in" or "on" just before the name: "his debut in Channel 5's Ferry
Lane as Kit", "on Oren Pask's Copper Sky" (the name is the owner's work, the actor is the
sentence's subject)."""


def not_the_actor(chunk: str, match: re.Match[str], context: Context) -> bool:
    """The match's actor is a co-star or caster, or named right after "the actor from" (a place),
    "the feature", "a return to", "her" (a thing owned) or "on ITV's" (a work; never after our
    own production's possessive)."""
    if a_partner(chunk, match) or a_caster(chunk, match) or past_partner(chunk, match.start()):
        return True
    before = max(match.start() - 60, 0)
    if _ORIGIN_BEFORE.search(chunk, before, match.start()):
        return True
    if (
        _WORK_BEFORE.search(chunk, before, match.start())
        or _RETURN_BEFORE.search(chunk, before, match.start())
        or _POSSESSED_BEFORE.search(chunk, before, match.start())
    ):
        return True
    owned = _OWNED_WORK_BEFORE.search(chunk, before, match.start())
    return owned is not None and not context.is_ours(owned["owner"])
