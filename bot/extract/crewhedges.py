"""Credits the sentence denies, hedges or wishes for, for :mod:`bot.extract.crewchecks`.

A credit is news only when the sentence states it. Near the credited name, these words make
the extractor unsure, and the credit is held (below the line) rather than served:

* a denial or a negation: "X will not be directing", "X is no longer directing", "X denied he
  is directing", "reports that X is directing are false", "X turned down the chance to direct";
* a hedge or a rumour: "X is in talks to score", "X could direct", "X is tipped to write";
* a wish or a past attachment: "fans want X to direct", "X was once attached to direct", "she
  hopes to adapt X's novel" (a wish for a work not made, its source's author no credit);
* an event's guests named by their trade: "among the guests were director X and composer Y"
  (not a guest named by the production's own post: "among them was the film's editor, X").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.lazy_patterns import lazy_pattern

_CRAFT = (
    r"(?:direct|directing|helm|helming|write|writing|pen|penning|script|scripting|score|scoring|"
    r"compose|composing|produce|producing|executive[ ]produce|edit|editing|cut|cutting|shoot|"
    r"shooting|lens|lensing|(?:serve|return|come[ ]back|join|be)[ ]as|be[ ](?:the[ ])?"
    r"(?:film’s[ ]|film's[ ])?(?:director|writer|composer|editor|producer|cinematographer))\b"
)
"""The credit's own verb, so that a modal or a "not" elsewhere in a quote does not count."""
_CUES = lazy_pattern(
    rf"(?:(?:\bnot|\bno[ ]longer|\bnever|n[’']t)[ ](?:be[ ]|have[ ]|return[ ]to[ ])?{_CRAFT}"
    r"|\b(?:in[ ](?:early[ ]|final[ ]|advanced[ ])?(?:talks|negotiations)|rumou?red|tipped|"
    r"reportedly[ ](?:set|lined[ ]up|in[ ]line)|linked|eyeing|approached|could|might|may|"
    rf"would[ ]love)[ ](?:to[ ])?(?:be[ ])?{_CRAFT}"
    r"|\b(?:wants?|wish(?:es)?|hopes?|hoping|begging)[ ](?-i:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)"
    rf"[ ]to[ ]{_CRAFT}|\b(?:hopes|hoping|wants|wanting)[ ]to[ ](?:adapt\b|{_CRAFT})"
    r"|\b(?:denied|denies|deny|denying|no[ ]truth|untrue|(?:are|is|was|were)[ ](?:completely[ ]|"
    r"entirely[ ])?false|turned[ ]down|passed[ ]on|dropped[ ]out|"
    r"(?:once|originally|previously|formerly)[ ]attached|wishlist|fan-?cast\w*))",
    re.IGNORECASE,
)
_ATTENDING = lazy_pattern(
    r"\b(?:(?<!my[ ])(?<!our[ ])guests?|attendees|in[ ]attendance|in[ ]the[ ]audience|"
    r"on[ ]the[ ]red[ ]carpet|"
    r"among[ ]those(?![ ](?:returning|back|coming[ ]back|reprising|joining|cast)\b)|"
    r"turned[ ]out[ ]for|cheered[ ]on|(?:a|the)[ ]friend[ ]of|"
    r"filmmakers[ ]including|fellow[ ]filmmakers)\b",
    re.IGNORECASE,
)
"""Who came to an event: "Among the guests were director X and composer Y" names people by
their trade, not the production's crew ("among those returning" is the cast, no event); a host's
"My guest is the writer and director X" introduces the one interviewed, no event's crowd."""
_BEFORE, _AFTER = 40, 60
"""How far from the name a word still bears on its credit (one clause, about)."""
HEDGED_DOUBT = "a credit the sentence denies, hedges or wishes for"
_OWNED_ROLE = lazy_pattern(
    r"(?:[Tt]he[ ](?:film|movie|show|series|production|feature)[’']s|[Ii]ts)[ ](?:[a-z-]+[ ])?"
    r"(?:director|writer|screenwriter|composer|editor|producer|cinematographer|creator),?[ ]$"
)
"""A guest named by the production's own post ("among those on set was the film's
cinematographer, X"): the credit is stated, whatever the event."""


def _owned(name: str, evidence: str) -> bool:
    at = evidence.find(name)
    return at > 0 and _OWNED_ROLE.search(evidence, max(0, at - 60), at) is not None


def surname_at(name: str, evidence: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every place ``evidence`` names ``name`` by its surname."""
    surname = name.rsplit(" ", 1)[-1]
    at = evidence.find(surname)
    while at >= 0:
        yield at, at + len(surname)
        at = evidence.find(surname, at + 1)


@lru_cache(maxsize=16)
def hedged(name: str, evidence: str) -> bool:
    """Whether a denial, hedge or wish sits near ``name`` in ``evidence``. Kept for the last few
    credits: a sentence that gives one person two posts ("X wrote and directed it") is asked
    the same for each."""
    if _ATTENDING.search(evidence) and not _owned(name, evidence):
        return True
    return any(
        _CUES.search(evidence[max(0, at - _BEFORE) : end + _AFTER])
        for at, end in surname_at(name, evidence)
    )
