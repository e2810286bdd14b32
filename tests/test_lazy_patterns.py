"""The extractor's patterns are compiled on first use, and a lazy pattern answers every call as
the compiled one does. (That every module-level pattern compiles: tests/test_pattern_store.py.)"""

from __future__ import annotations

import re

import pytest

from bot.lazy_patterns import lazy_pattern, made_patterns, matched_by


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


def test_the_stored_patterns_are_listed_while_in_use() -> None:
    made = lazy_pattern(r"listed[ ]while[ ]held")
    own = lazy_pattern(r"compiled[ ]here", stored=False)  # never read from the store
    assert any(pattern is made for pattern in made_patterns())
    assert not any(pattern is own for pattern in made_patterns())
    assert own.search("compiled here") is not None and made.search("listed while held")
