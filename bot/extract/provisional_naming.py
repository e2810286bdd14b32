"""A name a production works under for now: not the work's title.

A casting or filming story passes on what the shoot is called on call sheets and location
notices: "the shoot is operating under the name X on unit signs, a label that will change
before launch", "crews are shooting under the production title X", "the shoot is running under
the name X for now". That name is a working one, and the batches never
record it as the title; a title given beside it ("filmed under the working title X, will be
titled Y") is still the work's.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_UNDER = lazy_pattern(
    r"\b(?:work(?:ed|ing)|shoot(?:s|ing)?|shot|film(?:ed|ing)|operat(?:es|ed|ing)|"
    r"run(?:s|ning)?|ran)[ ]"
    r"(?:[\w’'-]+[ ]){0,3}?under[ ](?:the[ ]|a[ ])?(?:working[ ]|production[ ]|provisional[ ]|"
    r"temporary[ ]|code[ ]|codename[ ])?(?:title|name)[ ]?[‘“\"']?"
)
"""The phrase the working name follows, after a verb of the making ("working under the title
“X”", "shooting in Kent under the production title X"): not "released under the title X"."""


def provisional_title(evidence: str, title: str) -> bool:
    """``title`` is the name the sentence says the production works under for now."""
    if "under " not in evidence:
        return False
    return any(evidence.startswith(title, under.end()) for under in _UNDER.finditer(evidence))
