"""The layout's rules, checked on the source: SQL lives in ``bot/db``, packages import one way.

These are the rules a newcomer relies on to find things (see the map in ``bot/__init__.py``).
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "cogs").rglob("*.py")])
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b")
MAX_LINES = 400


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(module: str) -> str:
    """The unit the one-way rule is about: ``bot.<package>`` or a top-level ``bot`` module."""
    parts = module.split(".")
    return ".".join(parts[:2])


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] in {"bot", "cogs"}}


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_sql_is_written_only_in_the_data_layer() -> None:
    outside = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in SOURCES
        if not path.relative_to(ROOT).as_posix().startswith("bot/db/")
        for line, text in _string_constants(path)
        if SQL.search(text)
    ]
    assert outside == []


def test_no_module_is_longer_than_a_sitting_allows() -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in SOURCES
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_core_never_imports_the_cogs() -> None:
    core = [path for path in SOURCES if _module(path).startswith("bot")]
    assert [p.name for p in core if any(m.startswith("cogs") for m in _imports(p))] == []


def test_packages_import_each_other_one_way_only() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SOURCES:
        mine = _package(_module(path))
        graph[mine] |= {_package(m) for m in _imports(path)} - {mine}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in trail:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif len(trail) < len(graph):
                visit(nxt, [*trail, nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert sorted(set(cycles)) == []
