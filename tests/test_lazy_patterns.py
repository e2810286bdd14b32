"""The extractor's patterns are compiled on first use: each still compiles, and a lazy pattern
answers every call as the compiled one does."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import bot.extract
from bot.lazy_patterns import lazy_pattern, matched_by


def _patterns(value: Any) -> Iterator[re.Pattern[str]]:
    """The lazy patterns a module-level value holds, in tuples, lists and dicts too."""
    if type(value).__name__ in ("_LazyPattern", "_CompiledPattern"):
        yield value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)


def test_every_pattern_of_the_extractor_compiles_as_written() -> None:
    seen = 0
    for module in pkgutil.iter_modules(bot.extract.__path__, "bot.extract."):
        for value in vars(importlib.import_module(module.name)).values():
            for pattern in _patterns(value):
                compiled = re.compile(pattern.pattern, pattern.flags)
                assert pattern.groups == compiled.groups, pattern.pattern
                seen += 1
    assert seen > 1_000  # the module-level patterns, not a handful


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<first>[A-Z]\w+)[ ](?P<last>[A-Z]\w+)"
    lazy, compiled = lazy_pattern(source, re.MULTILINE), re.compile(source, re.MULTILINE)
    text = "Ada Vale met Tom Reed.\nLena Moss left."
    assert lazy.pattern == source and rf"(?:{lazy.pattern})" == rf"(?:{compiled.pattern})"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    found = lazy.search(text, 4)
    assert found is not None and found.group() == "Tom Reed"
    assert matched_by(found, lazy) and not matched_by(found, lazy_pattern(r"[A-Z]\w+"))
    assert lazy.match(text) is not None and lazy.fullmatch("Ada Vale") is not None
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub(r"\g<last>", text) == compiled.sub(r"\g<last>", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.groupindex == compiled.groupindex and lazy.groups == 2


def test_a_pattern_that_does_not_compile_fails_when_first_used() -> None:
    broken = lazy_pattern(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("text")
