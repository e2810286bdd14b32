"""A part the actor played since, or comes fresh from, for :mod:`bot.extract.castpastroles`.

Profiles and tabloids set the actor's other credits beside the article's work: "Ada Vale, who
has since appeared in Brightway's Saltreed as Finch, signed autographs", "Vale is fresh from
playing Mira in Saltreed" (invented). As after "also played" or "known for playing", the words
before the part tell another work's role, not one in the article's production; "has since"
carried on "in both seasons" (or every episode) is the part in the article's own show.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PAST_ROLE_VERBS = r"played|starred|appeared|portrayed|voiced|playing|starring"
_VERB_AFTER = r"[ ](?:\w+[ ]){0,2}?"
"""Up to two words between the cue and the verb: "also briefly played", "fresh from a stint
playing"."""
_ALSO_PLAYED = lazy_pattern(
    r"\b(?:also|previously|once(?![ ](?:again|more)\b)|formerly|earlier|(?:best[ ])?known[ ]for)"
    rf"{_VERB_AFTER}(?:{_PAST_ROLE_VERBS})\b"
)
"""A role in some other work: "also played", "known for playing", "once starred"."""
_SINCE_OR_FRESH = lazy_pattern(
    rf"\b(?:(?:has|have|had)[ ]since|fresh[ ]from){_VERB_AFTER}(?:{_PAST_ROLE_VERBS}|appearing)\b"
)
"""A role taken since, or just finished: "has since appeared", "fresh from playing"."""

_OUR_SEASONS = lazy_pattern(
    r"[ ,]*in[ ](?:both|all|every|each|the|this|its|later)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:seasons?|series|episodes?|run)\b(?![ ]of\b)"
)
"""A part carried through the seasons of the article's own show: "has since starred as Jonah in
both seasons" (a returning-season piece), not "in the first series of Saltreed"."""


def another_works_role(lead: str, after: str = "") -> bool:
    """Whether the words leading to a part (``after`` it, the sentence's rest) tell a role in
    some other work."""
    if _ALSO_PLAYED.search(lead):
        return True
    since = _SINCE_OR_FRESH.search(lead)
    return since is not None and not ("since" in since[0] and _OUR_SEASONS.match(after) is not None)
