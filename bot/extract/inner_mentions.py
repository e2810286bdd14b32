"""A name the quotation's own speaker is called by inside a line they repeat is no sign that
someone else speaks.

“She just looked at me and said, ‘Ada, they’re children,’” she laughed: the name inside the
single marks is how another addressed the speaker, so the "she" may well be Ada. Only a name
in the speaker's own words (outside the inner marks) tells that the quote talks about them.
"""

from __future__ import annotations

from bot.extract.interview_answers import mentions
from bot.extract.lazy_patterns import lazy_pattern

_INNER = lazy_pattern(r"‘[^‘“”]*?’(?![a-z])|(?<![\w])'[^'“”\"]*?'(?![a-z])")
"""A line in single marks inside the quotation (a closing mark followed by a letter is an
apostrophe, "they’re", and does not close it)."""


def named_outside_inner(name: str, text: str) -> bool:
    """Whether ``text`` (a quotation's words) names ``name`` outside the lines it repeats."""
    if "‘" not in text and "'" not in text:
        return mentions(name, text)
    return mentions(name, _INNER.sub(" ", text))
