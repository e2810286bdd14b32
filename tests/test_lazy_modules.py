"""``lazy_module``: a real package on ``sys.path``, run only when an attribute is first read."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.lazy_modules import lazy_module

PACKAGE = "lazy_modules_probe"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    """``lazy_modules_probe`` with a module ``heavy`` that records each time it runs."""
    root = tmp_path / PACKAGE
    root.mkdir()
    (root / "__init__.py").write_text("RUNS: list[str] = []\n")
    (root / "heavy.py").write_text(
        "import time\n"
        f"from {PACKAGE} import RUNS\n"
        "RUNS.append('heavy')\n"
        "time.sleep(0.05)  # long enough for another thread to arrive half-way\n"
        "ANSWER = 42\n"
        "def double(n: int) -> int:\n"
        "    return 2 * n\n"
    )
    (root / "broken.py").write_text(f"from {PACKAGE} import RUNS\nRUNS.append('broken')\n1 / 0\n")
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    try:
        yield root
    finally:
        sys.path.remove(str(tmp_path))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def _runs() -> list[str]:
    runs: list[str] = importlib.import_module(PACKAGE).RUNS
    return runs


def test_the_module_runs_only_when_an_attribute_is_first_read(package: Path) -> None:
    heavy = lazy_module(f"{PACKAGE}.heavy")
    assert _runs() == []
    assert f"{PACKAGE}.heavy" not in sys.modules  # "is it loaded?" checks still tell the truth
    assert heavy.ANSWER == 42
    assert heavy.double(4) == 8
    assert _runs() == ["heavy"]  # once
    assert sys.modules[f"{PACKAGE}.heavy"].ANSWER == 42
    from lazy_modules_probe import heavy as imported  # type: ignore[import-not-found]

    assert imported is sys.modules[f"{PACKAGE}.heavy"]  # the one module, in its package too


def test_a_module_already_imported_is_returned_as_it_is(package: Path) -> None:
    module = importlib.import_module(f"{PACKAGE}.heavy")
    assert lazy_module(f"{PACKAGE}.heavy") is module
    assert _runs() == ["heavy"]


def test_dir_lists_the_real_modules_names_importing_it(package: Path) -> None:
    heavy = lazy_module(f"{PACKAGE}.heavy")
    assert _runs() == []
    names = dir(heavy)
    assert {"ANSWER", "double", "RUNS"} <= set(names)
    assert names == dir(sys.modules[f"{PACKAGE}.heavy"])
    assert _runs() == ["heavy"]


def test_patching_the_real_module_is_seen_and_patching_the_stand_in_reaches_it(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heavy = lazy_module(f"{PACKAGE}.heavy")
    module = importlib.import_module(f"{PACKAGE}.heavy")
    monkeypatch.setattr(module, "ANSWER", 7)
    assert heavy.ANSWER == 7
    monkeypatch.setattr(heavy, "ANSWER", 9)
    assert module.ANSWER == 9


def test_threads_reading_first_at_once_all_see_the_whole_module(package: Path) -> None:
    heavy = lazy_module(f"{PACKAGE}.heavy")
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(heavy.ANSWER)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [42] * 8
    assert _runs() == ["heavy"]


def test_nothing_is_looked_up_before_the_first_use(package: Path) -> None:
    lazy_module(f"{PACKAGE}.heavy")
    assert PACKAGE not in sys.modules  # finding the module would have imported its package


def test_a_missing_module_fails_at_its_first_use_and_says_which(package: Path) -> None:
    missing = lazy_module(f"{PACKAGE}.missing")
    with pytest.raises(ModuleNotFoundError, match=rf"{PACKAGE}\.missing") as raised:
        _ = missing.anything
    assert raised.value.name == f"{PACKAGE}.missing"
    with pytest.raises(ModuleNotFoundError, match="no_such_package"):
        _ = lazy_module("no_such_package.module").anything


def _deferred_names() -> list[tuple[str, str]]:
    """Every ``lazy_module("...")`` in the bot and its cogs: (file, module name)."""
    found = []
    for path in sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "cogs").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "lazy_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((str(path.relative_to(ROOT)), node.args[0].value))
    return found


def test_every_module_the_code_defers_exists() -> None:
    # lazy_module looks nothing up before a command uses it: a misspelt name is caught here.
    deferred = _deferred_names()
    assert len(deferred) >= 20  # the scan still finds the calls
    missing = [(path, name) for path, name in deferred if not _exists(name)]
    assert missing == []


def _exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its package does not exist either
        return False


def test_a_module_that_fails_raises_its_own_error_on_every_read(package: Path) -> None:
    broken = lazy_module(f"{PACKAGE}.broken")
    for _ in range(2):  # not a half-run module the second time
        with pytest.raises(ZeroDivisionError):
            _ = broken.anything
    assert f"{PACKAGE}.broken" not in sys.modules
    assert _runs() == ["broken", "broken"]
