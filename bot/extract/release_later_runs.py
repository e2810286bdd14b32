"""A work that comes back for a later run, told as the sentence's subject: another show's news.

"Linnet Wharf returns to ITV1 for its third series in January", or with a relative clause
that marks the subject as a thing, not a person: "Juno Fairweather's Marrow Bay, which starred
Ravi Castell as DI Pell, ran for three seasons and returns for a fourth in April". The
article's own work is not told as a returning show's next run, so such a sentence dates the
other work when the subject is not ours (it may still be named in the headline, as the
maker's earlier show).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

LATER_RUN = lazy_pattern(
    r"\bfor[ ](?:its|a|their)[ ](?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))"
    r"(?:[ ](?:series|season|run)\b|(?=[ ](?:in|on|at|this|next)\b|[,.]))"
)
"""A later run, its noun said or left to be understood: "for its third series", "for a fourth
in April" (not "for a second time")."""
_RETURNING = lazy_pattern(
    r"[ “\"‘']*(?P<name>(?:The[ ])?[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3})[”\"’']?,[ ]"
    r"(?:which|that)[ ][^,;:“”\"]{1,120},[ ](?:[^,;:“”\"]{1,80}?[ ]and[ ])?"
    r"(?:returns|is[ ]back|comes[ ]back)[ ]"
)
"""The subject, a relative clause on it, perhaps a first predicate, then its return."""


def returns_for_later_run(chunk: str, context: Context) -> bool:
    """The sentence's subject, a work with a relative clause and not ours, returns for a later
    run ("X's Marrow Bay, which ..., returns for a fourth in April"). With nothing known of ours,
    no work can be told apart."""
    if not (context.ours or context.headline) or (" which " not in chunk and " that " not in chunk):
        return False
    match = _RETURNING.match(chunk)
    if match is None or LATER_RUN.match(chunk, match.end()) is None:
        return False
    return not context.is_ours(match["name"])
