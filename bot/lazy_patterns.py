"""Patterns compiled on first use, not at import.

Used by the extractor and the log scrubber (:mod:`bot.cli.logs`), so it lives outside
:mod:`bot.extract`: importing it must not load the extractor on the bot's start path.

The extractor defines over 2,000 module-level patterns; compiling them all when
:mod:`bot.extract` is imported took about 5 s of CPU in every process that reads an article
(a ``python -m bot seed`` run, each ingestion worker), while one article uses a third of them
and most articles share the same few hundred. A :func:`lazy_pattern` compiles its pattern the
first time a method of it is called; from then on its methods are the compiled pattern's own
(kept on the instance), so a call costs what a call on the compiled pattern costs. A pattern the
store of compiled patterns holds (:mod:`bot.pattern_store`) is read from it, not compiled.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Any, cast

from bot.pattern_store import compiled as stored_or_compiled

_KEPT = (
    *("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner"),
    *("groups", "groupindex"),
)
"""What a compiled pattern offers besides its source and flags."""


class _CompiledPattern:
    """A lazy pattern once compiled: its source, flags and the compiled pattern's methods are
    on the instance, and its class has no ``__getattr__`` (the interpreter looks attributes of
    such a class up on a slower path, which every call would pay)."""

    def __init__(self, pattern: str, flags: int, stored: bool) -> None:
        self.pattern = pattern
        self.flags = flags
        self.stored = stored

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self.flags!r})"


class _LazyPattern(_CompiledPattern):
    """Stands in for ``re.compile(pattern, flags)`` until first used; ``pattern`` and ``flags``
    are there before, so other patterns can be built from this one's source."""

    def __getattr__(self, name: str) -> Any:
        """Compile on the first look-up of anything else, keep the compiled pattern's
        attributes on the instance and become a :class:`_CompiledPattern`."""
        compiled = (
            stored_or_compiled(self.pattern, self.flags)
            if self.stored
            else re.compile(self.pattern, self.flags)
        )
        for attribute in _KEPT:
            setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = _CompiledPattern  # type: ignore[assignment]  # to its base, by design
        return getattr(compiled, name)


def lazy_pattern(
    pattern: str, flags: int | re.RegexFlag = 0, *, stored: bool = True
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's docstring).

    ``stored``: read from the store of compiled patterns when it holds it, and written there by
    ``make``; False for a pattern of the bot's own process, which opening the store (its index
    takes about 2 MiB) would cost more than compiling it saves. Raises :class:`re.error` on
    first use, not here, for a pattern that does not compile; ``tests/test_pattern_store.py``
    compiles every stored module-level one (and the others' own tests use them), so such a
    pattern fails a test, not an article.
    """
    made = _LazyPattern(pattern, int(flags), stored)
    if stored:
        _MADE.add(made)
    return cast(re.Pattern[str], made)


_MADE: weakref.WeakSet[_CompiledPattern] = weakref.WeakSet()
"""Every stored lazy pattern still in use: what ``python -m bot.compile_patterns`` compiles."""


def made_patterns() -> list[re.Pattern[str]]:
    """The stored lazy patterns made so far and still in use (the modules' own, once imported)."""
    return [cast(re.Pattern[str], made) for made in _MADE]


def matched_by(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether ``match`` came from ``pattern``: ``match.re`` is the compiled pattern behind a
    lazy one, never the lazy one itself, so ``match.re is pattern`` cannot tell."""
    return match.re.pattern == pattern.pattern


@lru_cache(maxsize=1024)
def cached_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern built while reading an article (from a name,
    a title, a day), kept in a cache of its own: the ``re`` module's (512 patterns, the oldest
    dropped first) is emptied by the many such patterns of a long seed, and each compile costs
    a millisecond or more, where a look-up here costs a dictionary's."""
    return re.compile(pattern, flags)
