"""The people a sentence names by surname alone, for :mod:`bot.extract.castpronouns`.

Profiles name their subject in full once, then by surname: "Vale, 31, is the star of Marlow.
She plays Mira Holt". A pronoun casting after such a sentence means the one person whose
surname it writes alone, when that surname ends exactly one full name in the article (no
part's: "as Mira Holt") and the sentence names no one else; a sentence writing one person's
surname and another's full name ("Holt's film, and Vale carries it") names two, and leaves the
pronoun unread. A capitalised run led by "The" is a title, no one's name.
"""

from __future__ import annotations

import re

from bot.extract.names import FULL_NAME, People, is_full
from bot.extract.text import UPPER

_FULL = re.compile(FULL_NAME)
_WORD = re.compile(rf"(?<![\w’'-]){UPPER}[\w’'-]+(?![\w’'-])")
_SLOT_BEFORE = re.compile(
    r"\b(?:as|plays?|playing|played|portrays?|portrayed|voiced|role[ ]of|part[ ]of|in|on|at)[ ]"
    r"(?:[a-z]+[ ]){0,2}$"
)
"""Before a word, a part's, a work's or a place's slot ("as Holt", "in Vale"): no one meant."""


def surnamed(sentence: str, text: str, people: People) -> set[str]:
    """The full names in ``text`` whose surname ``sentence`` writes alone (outside a full
    name, a slot), each surname the end of one full name only, no part's."""
    spans = [m.span() for m in _FULL.finditer(sentence)]
    words = {
        w.group()
        for w in _WORD.finditer(sentence)
        if not any(start <= w.start() < end for start, end in spans)
        and not _SLOT_BEFORE.search(sentence, 0, w.start())
    }
    if not words:
        return set()
    owners: dict[str, set[str]] = {}
    parts: set[str] = set()
    for full in _FULL.finditer(text):
        person = people.resolve(full.group())
        last = full.group().rsplit(" ", 1)[-1]
        if person is None or not is_full(person) or titled(full.group()) or last not in words:
            continue
        owners.setdefault(last, set()).add(person)
        if _SLOT_BEFORE.search(text[max(full.start() - 30, 0) : full.start()]):
            parts.add(person)  # "as Mira Holt": a part's name, whose surname is no one's
    return {next(iter(named)) for named in owners.values() if len(named) == 1} - parts


def titled(name: str) -> bool:
    """A capitalised run led by "The" ("The Long Acre"): a title, no one's name."""
    return name.startswith("The ")
