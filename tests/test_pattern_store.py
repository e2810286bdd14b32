"""The store of compiled patterns: what it gives is what ``re.compile`` gives, or nothing.

A pattern read from the store must be equal to ``re.compile``'s (``re.Pattern`` equality
compares flags, source and compiled code); a store that is missing, corrupt, written by another
interpreter or holding invalid code costs only the compile, never a wrong pattern.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import pattern_store
from bot.compile_patterns import module_patterns
from bot.pattern_store import PatternStore, compiled, write_store

SAMPLES = [
    (r"(?P<first>[A-Z]\w+)[ ](?P<last>[A-Z]\w+)", 0),
    (r"^said[ ](?P<who>.+?)[.]$", re.MULTILINE),
    (r"(?i)\bthe[ ]film\b", 0),  # a flag set inside the pattern
    (r"premiere[ ] # the word\n (?:date|night)", re.VERBOSE | re.IGNORECASE),
    (r"(?<![\w’'-])(?:Ségolène|Bartłomiej)(?=[ ,.])", 0),
    (r"(?:\d{1,2}[ ])?(?:January|February)(?:[ ]\d{4})?", 0),
]
TEXT = "Ada Vale met Tom Reed.\nsaid Ségolène Marr.\nThe Film premiere night, 14 January 2026"


def _equal_to_re(pattern: re.Pattern[str], source: str, flags: int) -> None:
    expected = re.compile(source, flags)
    assert pattern == expected  # flags, source and compiled code
    assert pattern.groupindex == expected.groupindex and pattern.groups == expected.groups
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in expected.finditer(TEXT)]


@pytest.mark.parametrize(("source", "flags"), SAMPLES)
def test_a_stored_pattern_is_the_one_re_compiles(tmp_path: Path, source: str, flags: int) -> None:
    store = tmp_path / "patterns.bin"
    assert write_store(store, SAMPLES) == (len(SAMPLES), len(SAMPLES))
    stored = PatternStore(store).parts(source, flags)
    assert stored is not None
    _equal_to_re(compiled(source, flags, store), source, flags)


def test_a_pattern_the_store_lacks_is_compiled(tmp_path: Path) -> None:
    store = tmp_path / "patterns.bin"
    write_store(store, SAMPLES[:1])
    assert PatternStore(store).parts(*SAMPLES[1]) is None
    _equal_to_re(compiled(*SAMPLES[1], store), *SAMPLES[1])
    _equal_to_re(compiled(*SAMPLES[1], tmp_path / "none.bin"), *SAMPLES[1])  # no store


def test_writing_again_compiles_only_the_new_patterns(tmp_path: Path) -> None:
    store = tmp_path / "patterns.bin"
    write_store(store, SAMPLES[:2])
    assert write_store(store, SAMPLES) == (len(SAMPLES), len(SAMPLES) - 2)
    assert write_store(store, SAMPLES[2:]) == (len(SAMPLES) - 2, 0)  # the rest dropped
    assert PatternStore(store).parts(*SAMPLES[0]) is None
    assert [p.name for p in tmp_path.iterdir()] == ["patterns.bin"]  # no partial file left


def test_a_store_from_another_interpreter_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "patterns.bin"
    with monkeypatch.context() as patched:
        patched.setattr(pattern_store, "INTERPRETER", "2.7.18 sre 20030419 x4")
        write_store(store, SAMPLES)
    with pytest.raises(LookupError, match="another interpreter"):
        PatternStore(store)
    _equal_to_re(compiled(*SAMPLES[0], store), *SAMPLES[0])


def test_a_damaged_store_or_invalid_code_costs_only_the_compile(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"not a store at all" * 100)
    _equal_to_re(compiled(*SAMPLES[0], garbage), *SAMPLES[0])
    cut = tmp_path / "cut.bin"
    write_store(cut, SAMPLES)
    cut.write_bytes(cut.read_bytes()[:100])  # the index cut short
    _equal_to_re(compiled(*SAMPLES[0], cut), *SAMPLES[0])
    store = tmp_path / "patterns.bin"
    write_store(store, SAMPLES)
    store.write_bytes(store.read_bytes()[:-64] + b"\xff" * 64)  # the last pattern's code
    _equal_to_re(compiled(*SAMPLES[-1], store), *SAMPLES[-1])


def test_a_pattern_that_does_not_compile_fails_as_with_re(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        write_store(tmp_path / "patterns.bin", [(r"(unclosed", 0)])
    with pytest.raises(re.error):
        compiled(r"(unclosed", 0, tmp_path / "none.bin")


@pytest.mark.slow
def test_every_module_pattern_compiles_and_is_stored_as_re_compiles_it(tmp_path: Path) -> None:
    """Writing the store compiles every pattern the bot's modules make (so each compiles as
    written); every tenth is checked against ``re.compile`` (each check compiles it again)."""
    patterns = module_patterns()
    assert len(patterns) > 3_000  # the modules' patterns, not a handful
    store = tmp_path / "patterns.bin"
    assert write_store(store, patterns)[0] == len(set(patterns))
    for source, flags in patterns[::10]:
        assert compiled(source, flags, store) == re.compile(source, flags), source
