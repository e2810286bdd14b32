"""Award categories in front of a nominee's own role, for :mod:`bot.extract.crew`.

An awards list runs category into the next nominee: "nominated for best director, producer
A for breakthrough producer, and composer B for original music". Read as one list of role
words, "best director, producer A" would make A a director and "breakthrough producer, and
composer B" B a producer. A role word right after a category word ("best", "breakthrough",
"outstanding") names the prize, not the person after the list: only the roles after it are
the nominee's.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_CATEGORY = lazy_pattern(r"(?i:(?<![\w-])(?:best|breakthrough|outstanding))[ ]$")


def nominee_roles(chunk: str, start: int, role_words: list[str]) -> list[str]:
    """``role_words`` (a list starting at ``start`` in ``chunk``) without a leading award
    category: "best director, producer A" leaves "producer"."""
    if len(role_words) > 1 and _CATEGORY.search(chunk, max(0, start - 15), start) is not None:
        return role_words[1:]
    return role_words
