"""A shoot's return to a location planned: "The production is scheduled back at Cleeve Quay for
four additional nights in late March", "The shoot is to be back in Ennorby for six extra days
during the spring", "The film crew were booked back at the Pindar estate for five extra nights in
June", "Crews are due back in Ennorby on 9 May". Only the cast, the crew or the unit come back
for more days: the time is more of the shoot, not the release ("returns to Vela TV in May" is a
release)."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_RETURN = lazy_pattern(
    r"\b(?:[Cc]ast[ ]and[ ]crew|[Tt]he[ ](?:cast|crew|unit|production|film[ ]crew|shoot)"
    r"|(?:[Tt]he[ ])?(?:film[ ])?[Cc]rews)[ ]"
    r"(?:(?:are|is|were|was|will[ ]be)[ ](?:now[ ])?(?:due|set|expected|scheduled|slated|booked)"
    r"[ ](?:to[ ]return[ ](?:to|in)|back[ ](?:in|at|on|to))"
    r"|(?:will|are[ ]to|is[ ]to)[ ](?:return|be[ ]back)[ ](?:to|in|at|on))[ ]"
    r"(?:the[ ])?[A-Z][\w’'.-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'.-]*){0,3}"
    r"(?:[ ](?:estate|quay|coast|village|town|harbour|beach|studios?))?"
    r"(?:[ ]for[ ](?:a|an|one|two|three|four|five|six|\d+)[ ](?:more|further|extra|additional|"
    r"final[ ])?[ ]?(?:days?|weeks?|nights?|shoot(?:ing)?[ ]days?))?"
    r"[ ](?:(?:in|during)[ ](?:the[ ])?(?:early[ ]|mid-?|late[ ])?|on[ ])?$"
)


_OWNER = lazy_pattern(r"(?:[’']s|\b[A-Z][\w’'-]*)[ ]$")
"""Crews someone else owns or names ("The Tin Lid's crews", "Road crews"): not the article's
shoot."""
_BACK_AT = lazy_pattern(
    r"\b(?:due|set|expected|scheduled|slated|booked)[ ]back[ ](?:in|at)[ ](?:the[ ])?"
    r"[A-Z][^.;:!?]*$"
)
"""Someone due back in or at a place before the time: a return there, never a release."""


def return_planned(chunk: str, start: int) -> bool:
    """The cast or crew are due back at a place (for more days) just before the time at
    ``start``: the time is the shoot's plan (crews of another work or trade are not)."""
    if "back" not in chunk and "return" not in chunk:
        return False
    found = _RETURN.search(chunk, max(0, start - 160), start)
    if found is None:
        return False
    if not found.group().startswith(("Crews", "crews")):
        return True
    return _OWNER.search(chunk, 0, found.start()) is None


def back_at_a_place(chunk: str, start: int) -> bool:
    """Someone is due back in or at a place just before the time at ``start``."""
    return "back" in chunk and _BACK_AT.search(chunk, max(0, start - 120), start) is not None
