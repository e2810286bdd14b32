"""What ``python -m bot run`` loads before it connects: nothing it does not need."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_LOAD_AS_RUN_DOES = """
import importlib, sys
import bot.cli.main
from bot.client.fanbot import discover_extensions
for name in discover_extensions():
    importlib.import_module(name)
print(sorted(name for name in sys.modules if name.startswith("bot.extract")))
"""


def test_the_bot_and_every_extension_load_without_the_extractor() -> None:
    # The extractor compiles all its patterns when imported: a start with nothing new to read
    # must not pay for it (a fresh interpreter, so no other test has imported it first).
    loaded = subprocess.run(
        [sys.executable, "-c", _LOAD_AS_RUN_DOES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
