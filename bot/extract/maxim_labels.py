"""Words the sentence names as a rule of a craft, a maxim, an adage or a cliché right before
the marks: "most overrated screenwriting rule: “...”", "the old adage, “...”", "the golden rule
of comedy – “...” –". Such words are a saying everyone knows, not what anyone in the article
says, so they are held. A rule someone owns ("her one rule", "Vale's rule"), sets out with no
word that makes it a known one ("Vale explains the rule: “...”"), or breaks ("broke the first rule
of the junket: “...”") is met by their own words, and is left alone."""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_MAXIM = lazy_pattern(
    r"(?P<lead>(?:\b[\w’'-]+[ ]){0,3})\b(?P<noun>rule|maxim|adage|proverb|cliché|cliche)"
    r"(?P<of>[ ]of[ ](?:[a-z-]+[ ]){0,2}[a-z-]+)?[ ]*[:,–—]?[ ]*$"
)
_BARE_RULE = lazy_pattern(r"\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat)[ ]$")
"""A rule with no word before it that makes it a known one ("the rule:", "a rule:"): a rule the
sentence's speaker sets out, not a saying; "the golden rule", "a rule of comedy" are sayings."""
_BROKEN = lazy_pattern(
    r"\b(?:breaks?|broke|broken|breaking|ignores?|ignored|ignoring|flouts?|flouted|flouting|"
    r"bends?|bent|bending|defies|defied|defying)[ ]"
)
"""A rule the person breaks: the words after it are theirs, breaking it."""
_OWNED = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Oo]ne|[Oo]nly)\b|[’']s\b")
"""A rule someone owns: "her rule", "one rule", "Vale's rule"."""
_REACH = 80
_WORDS = ("rule", "maxim", "adage", "proverb", "clich")
"""The cheap test before the pattern: one of its nouns in the reach."""


def held_if_maxim(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a rule, a maxim or an adage no one owns is named right before it."""
    if not fact.served:
        return fact
    opens = quote.start - 1  # the opening mark
    start = max(opens - _REACH, text.rfind("\n", 0, opens) + 1)
    if not any(text.find(word, start, opens) >= 0 for word in _WORDS):
        return fact
    found = _MAXIM.search(text, start, opens)
    if found is None or _OWNED.search(found["lead"]) is not None:
        return fact
    lead = found["lead"]
    if _BROKEN.search(lead) is not None or (
        found["noun"] == "rule" and found["of"] is None and _BARE_RULE.search(lead) is not None
    ):
        return fact
    return held(fact, "a saying named as a rule or an adage, no one's quote")
