"""Compiled patterns kept on disk, so that a new process does not compile them again.

Compiling the extractor's patterns is most of what a process pays for its first articles: about
2 s of CPU for a long article, since ``re`` parses and compiles each pattern in Python. Every
``python -m bot seed``, each of its ingestion workers and each restart paid it again. ``python -m
bot.compile_patterns`` (run by ``make run`` and ``make test`` whenever a module of the bot changed)
compiles every module-level pattern once and keeps each one's compiled code in a file beside the
bot's bytecode; :func:`compiled` hands the code it finds there to ``_sre.compile``, as
``re.compile`` does at the end of its own work, and compiles any other pattern the usual way.

The code is CPython's internal form (``re._parser``, ``re._compiler``, ``_sre``), so a store is
tied to the interpreter that wrote it: its version, ``_sre.MAGIC`` and code size are kept in the
file, and a file another interpreter wrote is not read. Nothing depends on the store: a missing,
stale or unreadable one costs only the compiles it would have saved, and a pattern read from it
is equal to the one ``re.compile`` returns (``re.Pattern`` equality compares the compiled code;
``tests/test_pattern_store.py``).
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

STORE = Path(__file__).resolve().parent / "__pycache__" / "patterns.bin"
"""Where ``make`` keeps the store: beside the bytecode, derived from the source like it."""

INTERPRETER = f"{sys.version} sre {_sre.MAGIC} x{_sre.CODESIZE}"
"""What a store's code was compiled for; a store written for anything else is not read."""

_MAGIC = b"fanbot compiled patterns 1\n"
_LENGTH = 8
"""Bytes of the index's length, after the magic line: the index (``marshal``: the interpreter
and, by :func:`key`, each pattern's flags, groups, group names and where its code lies), then
every pattern's code, 32-bit words one after another."""


class Compiled(NamedTuple):
    """What ``_sre.compile`` needs besides the pattern's source: a pattern's compiled form."""

    flags: int
    groups: int
    groupindex: dict[str, int]
    code: list[int]


def key(pattern: str, flags: int) -> bytes:
    """A pattern's key in the store: 16 bytes of BLAKE2b over its flags and source."""
    return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode(), digest_size=16).digest()


def compile_parts(pattern: str, flags: int) -> Compiled:
    """Compile ``pattern`` as ``re.compile(pattern, flags)`` does, stopping short of ``_sre``.

    Raises :class:`re.error` for a pattern that does not compile.
    """
    parsed = _parser.parse(pattern, int(flags))
    code = [int(word) for word in _compiler._code(parsed, int(flags))]
    state = parsed.state
    return Compiled(int(flags) | state.flags, state.groups - 1, dict(state.groupdict), code)


def from_parts(pattern: str, parts: Compiled) -> re.Pattern[str]:
    """The pattern ``_sre`` builds from compiled parts (it checks the code as it does so).

    Raises :class:`RuntimeError` for code ``_sre`` finds invalid.
    """
    indexgroup: list[str | None] = [None] * (parts.groups + 1)
    for name, index in parts.groupindex.items():
        indexgroup[index] = name
    made: re.Pattern[str] = _sre.compile(
        pattern, parts.flags, parts.code, parts.groups, parts.groupindex, tuple(indexgroup)
    )
    return made


class PatternStore:
    """A store opened for reading: its index in memory, each pattern's code read when asked
    for (``os.pread``: no shared file position, so any thread may ask)."""

    def __init__(self, path: Path) -> None:
        """Raises :class:`OSError` if the file cannot be read, :class:`LookupError` if it is no
        store or was written for another interpreter, :class:`ValueError` (or ``EOFError``,
        ``TypeError``) for a damaged index."""
        self._fd = os.open(path, os.O_RDONLY)
        try:
            head = os.pread(self._fd, len(_MAGIC) + _LENGTH, 0)
            if head[: len(_MAGIC)] != _MAGIC:
                raise LookupError(f"{path} is no store of compiled patterns")
            size = int.from_bytes(head[len(_MAGIC) :], "little")
            interpreter, self._index = marshal.loads(os.pread(self._fd, size, len(head)))
            if interpreter != INTERPRETER:
                raise LookupError(f"{path} was written for another interpreter: {interpreter}")
            self._code_start = len(head) + size
        except BaseException:
            os.close(self._fd)
            raise

    def parts(self, pattern: str, flags: int) -> Compiled | None:
        """The stored parts of ``pattern``, None if the store lacks it."""
        entry = self._index.get(key(pattern, flags))
        if entry is None:
            return None
        stored_flags, groups, names, offset, length = entry
        code = array("I")
        code.frombytes(os.pread(self._fd, length, self._code_start + offset))
        return Compiled(stored_flags, groups, dict(names), code.tolist())

    def close(self) -> None:
        os.close(self._fd)


_UNREADABLE = (OSError, LookupError, ValueError, EOFError, TypeError)
"""What opening a missing, foreign or damaged store raises."""


def _opened(path: Path) -> PatternStore | None:
    """The store at ``path``, opened; None when there is none to read."""
    try:
        return PatternStore(path)
    except _UNREADABLE:
        return None


_store = cache(_opened)
"""The store at a path, opened once per process."""


def compiled(pattern: str, flags: int, path: Path = STORE) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the store at ``path`` when it holds the pattern.

    Raises :class:`re.error` for a pattern that does not compile, as ``re.compile`` does.
    """
    store = _store(path)
    if store is not None:
        try:
            parts = store.parts(pattern, flags)
            if parts is not None:
                return from_parts(pattern, parts)
        except (OSError, RuntimeError, TypeError, ValueError):
            pass  # unreadable or invalid code: compiled below, as with no store
    return re.compile(pattern, flags)


def write_store(path: Path, patterns: Iterable[tuple[str, int]]) -> tuple[int, int]:
    """Write a store of ``patterns`` at ``path``, replacing any: (patterns stored, compiled).

    Parts an old store at ``path`` already holds are kept, not compiled again. The new file is
    written beside the old and renamed over it, so a process reading the old one never sees a
    half-written store. Raises :class:`re.error` for a pattern that does not compile.
    """
    old = _opened(path)
    wanted = {key(pattern, flags): (pattern, flags) for pattern, flags in patterns}
    index: dict[bytes, tuple[int, int, tuple[tuple[str, int], ...], int, int]] = {}
    code = bytearray()
    made = 0
    try:
        for digest, (pattern, flags) in wanted.items():
            parts = old.parts(pattern, flags) if old is not None else None
            if parts is None:
                parts = compile_parts(pattern, flags)
                made += 1
            words = array("I", parts.code).tobytes()
            names = tuple(parts.groupindex.items())
            index[digest] = (parts.flags, parts.groups, names, len(code), len(words))
            code += words
    finally:
        if old is not None:
            old.close()
    head = marshal.dumps((INTERPRETER, index))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        partial.write_bytes(_MAGIC + len(head).to_bytes(_LENGTH, "little") + head + code)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return len(wanted), made
