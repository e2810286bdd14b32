"""``python -m bot.compile_patterns``: compile the bot's patterns into the store (``make`` runs it).

Writes :data:`bot.pattern_store.STORE` from every lazy pattern the bot's modules make when
imported, keeping the compiled parts the old store already holds (so a run after a small change
compiles only the patterns it changed), and prints how many it stored and compiled. Exits 1 with
the pattern's error if one does not compile.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

from bot.lazy_patterns import made_patterns
from bot.pattern_store import STORE, write_store


def module_patterns(package: str = "bot") -> list[tuple[str, int]]:
    """Every lazy pattern the modules of ``package`` make when imported, as (source, flags).

    Imports each module (``__main__`` modules excepted: running one starts the bot).
    """
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, f"{package}."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)
    return [(made.pattern, made.flags) for made in made_patterns()]


def main() -> int:
    """Write the store; the exit status (0, or 1 when a pattern does not compile)."""
    try:
        stored, made = write_store(STORE, module_patterns())
    except re.error as error:
        print(f"A pattern does not compile: {error} in {error.pattern!r}", file=sys.stderr)
        return 1
    print(f"Patterns: {stored} in {STORE} ({made} compiled, {stored - made} kept).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
