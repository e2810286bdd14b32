"""A part set in another series' season, for :func:`bot.extract.extract_facts`.

Slate blogs and round-ups give another show's casting with the season it comes back in: "Tom
Reyes returns as Brann in series two of Copper Lanes", "... as Brann for the third season of
Streamly's Copper Lanes" (invented). The part is that show's; a show the article knows as its
own ("as Mira in series two of <its title>") keeps it, and so does a page that never says what
it is about.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_SEASON_OF = lazy_pattern(
    r"[ ](?:in|for)[ ](?:(?:the[ ])?(?:first|second|third|fourth|fifth|sixth|next|new|latest|"
    r"final)[ ](?:series|season)|(?:series|season)[ ](?:\d{1,2}|one|two|three|four|five|six))"
    r"[ ]of[ ](?:[A-Z][\w’'-]*(?:[ ][A-Z\d][\w’'-]*)?[’']s[ ])?[“\"‘]?"
    r"(?P<work>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|of|the|and|&))*)"
)
"""Right after the part, a numbered season of a named show, perhaps after its channel's
possessive: " in series two of Copper Lanes", " for the third season of ITV's Copper Lanes"."""


def season_works_dropped(cast: list[CastFact], context: Context) -> list[CastFact]:
    """``cast`` without the parts set in a season of a show the article is not about."""
    if not context.ours and not context.headline:
        return cast
    return [fact for fact in cast if not _in_other_season(fact, context)]


def _in_other_season(fact: CastFact, context: Context) -> bool:
    text = fact.evidence
    if " of " not in text or ("series" not in text and "season" not in text):
        return False
    part = fact.character if fact.character in text else fact.character.split(" ", 1)[0]
    at = text.find(f" as {part}")
    if at < 0:
        return False
    found = _SEASON_OF.match(text, at + len(" as ") + len(part))
    return found is not None and not ours(found["work"], context)
