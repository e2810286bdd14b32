"""Which words name the article's own work among a numbered newsletter's items, when the test a
caller gives names other items' works too: the first item's heading's, or its text's, or the
lede's (see :func:`.page_others.other_news_items`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.page_also_lines import WORD, names_any
from bot.lazy_patterns import lazy_pattern

SMALL = frozenset({"The", "A", "An", "Of", "And", "In", "On", "To", "For", "At"})
"""A heading's small words, capitalised in title case: never a work's name on their own."""
POSSESSIVE = lazy_pattern(r"[’']s$")
"""A possessive's ending, cut so "Tallow’s" reads "Tallow"."""


def any_case(names_ours: Callable[[str], bool]) -> Callable[[str], bool]:
    """``names_ours`` that also takes a word in capitals for the word it capitalises."""
    return lambda word: names_ours(word) or (word.isupper() and names_ours(word.capitalize()))


def first_items(
    texts: list[str], names_ours: Callable[[str], bool], headline: str
) -> Callable[[str], bool]:
    """Our work's words as the first item whose heading names ours has them: the headline a
    test may take for ours names the other items' places and works too ("Velmo’s finale, a
    Lisbon noir and more"). When several items' headings so name different works, the one the
    headline names first is ours ("Velmo’s finale, Tallow lives on" over "1. Tallow gets a
    third series", "2. Velmo has a composer")."""
    owns: list[set[str]] = []
    for text in texts:
        heading = text.split("\n", 1)[0]
        own = {
            w.strip("’'").capitalize() for w in WORD.findall(heading) if names_any(w, names_ours)
        }
        if own and all(own.isdisjoint(seen) for seen in owns):
            owns.append(own)
    at = [min((a for w in own if (a := _word_at(w, headline)) >= 0), default=-1) for own in owns]
    if len(owns) > 1 and all(found >= 0 for found in at):
        return _owned(owns[at.index(min(at))], names_ours)
    return _owned(owns[0], names_ours) if owns else names_ours


def first_body(
    first: str, headline: str, names_ours: Callable[[str], bool]
) -> Callable[[str], bool] | None:
    """Our work's words as the first item has them when its heading names none ("💌 One last
    summer" over "Netflix confirmed that Lanternfield: Always ..."): those of its words that the
    headline names too; None when its heading names ours or its text names none."""
    heading, _, body = first.partition("\n")
    if names_any(heading, names_ours):
        return None
    own = {
        POSSESSIVE.sub("", w.strip("’'")).capitalize()
        for w in WORD.findall(body)
        if names_ours(w) and _word_at(w.strip("’'"), headline) >= 0
    }
    return _owned(own, names_ours) if own else None


def _word_at(word: str, headline: str) -> int:
    """Where ``headline`` names ``word`` as a whole word, in any case; -1 when it does not."""
    found = re.search(rf"\b{re.escape(word)}\b", headline, re.IGNORECASE)
    return found.start() if found is not None else -1


def lede_lead(lede: str, first: str) -> Callable[[str], bool]:
    """Our work's words when nothing else tells them: the first item's heading's names that the
    lede names too ("1. SKELLMOOR SAYS GOODBYE" under "This week: Skellmoor says goodbye, ...")."""
    heading = first.split("\n", 1)[0]
    capitals = {w.strip("’'") for w in WORD.findall(lede) if w[:1].isupper()}
    own = {
        word
        for word in (w.strip("’'").capitalize() for w in WORD.findall(heading))
        if word in capitals and word not in STOP_TOKENS and word not in SMALL
    }
    return _owned(own)


def _owned(own: set[str], names_ours: Callable[[str], bool] | None = None) -> Callable[[str], bool]:
    """Whether a word, less a possessive "’s", is one of ``own`` (and, given ``names_ours``,
    names ours too)."""
    return lambda word: (
        POSSESSIVE.sub("", word).capitalize() in own and (names_ours is None or names_ours(word))
    )
