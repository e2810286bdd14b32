"""A subject named after its verb, in a sentence before a pronoun's quote.

"Inside the marquee was 12-year-old Tegen Wix, from Polwick, who had queued all night. “...,” she
said." The sentence fronts a place or a doing ("Inside the marquee", "Queueing by the fence",
"Behind the barriers") and names its subject after "was"/"were": that person is who the sentence
is about, so the next "she said" is theirs, not an older subject's. So is one a clause adds with
"and so does Ada" ("The readers know them better than I do, and so does Ada"). The clause
finder reads subjects before their verb only; this adds the one after it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FRONTED = (
    r"(?:Among|Amongst|Amid|Outside|Inside|Beside|Behind|Near|Waiting|Standing|Queueing|Queuing|"
    r"Watching|Sitting|Also[ ](?:there|among[ ]them|waiting|watching))"
)
_INVERTED = lazy_pattern(
    rf"^[ ]*{_FRONTED}(?:[ ][a-z][\w’'-]*){{0,6}}[ ](?:was|were)[ ]"
    r"(?:\d{1,3}-year-old[ ])?(?:[a-z]+[ ]){0,2}?"
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){1,2}[A-Z][\w’'-]*)(?=[,.]|[ ]who\b|$)"
)
_SO_DOES = lazy_pattern(
    r"(?:^|[ ])(?i:so|neither|nor)[ ](?:does|do|did|has|had|is|was|will|would|can)[ ]"
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)(?=[ ]*[,.;!?]|[ ]*$)"
)
"""The one added after the verb ("The readers know them better than I do, and so does Ada")."""


def inverted_subject(chunk: str) -> list[tuple[int, str]]:
    """Where and whom ``chunk`` names as its subject after the verb ("Behind them was Ilo Wix")."""
    found = [(m.start("name"), m["name"]) for m in _INVERTED.finditer(chunk)]
    return found + [(m.start("name"), m["name"]) for m in _SO_DOES.finditer(chunk)]
