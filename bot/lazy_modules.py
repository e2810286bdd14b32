"""A module imported on first use: one deferred reference instead of an import in every function.

A module that start-up does not need (a moderator command's, a command line command's) is
named once at the top of the module that uses it, and imported when one of its attributes is
first read::

    if TYPE_CHECKING:
        from bot.moderation import corrections
    else:
        corrections = lazy_module("bot.moderation.corrections")

so strict mypy checks every ``corrections.x`` against the real module, and the module runs only
when a command first uses it.

Why not :class:`importlib.util.LazyLoader` (the importlib docs' "implementing lazy imports"
recipe): before Python 3.11.9 and 3.12.3 its first attribute read is not thread-safe (CPython
gh-114763): it marks the module loaded before running it, so another thread then sees a module
with no attributes, and an ``import`` of it elsewhere skips the import lock. We support any
3.11, and some of these modules are first used in the database's writer thread. The recipe
also puts the unrun module in ``sys.modules`` (so "is it loaded?" checks see it as loaded) and
leaves a module whose code failed there half run. Here the module is imported by the ordinary
import system, under its lock, on the first read: it enters ``sys.modules`` (and its package's
namespace) only then, a failed import raises its error again on the next read, and patching
the real module (as tests do) is seen through the stand-in, which keeps no copy of its
attributes.

The module is not even looked for until then: finding one means importing its package and
searching its folder, and the twenty-odd deferred names cost about 2 ms of CPU on the way to
READY that way (the bot's whole lead over a bare bot there is some 30 ms). A misspelt name is
caught before it ships instead: strict mypy checks the ``TYPE_CHECKING`` import beside it, and
``tests/test_lazy_modules.py`` finds every name the code defers. One that slips through raises
:class:`ModuleNotFoundError`, naming it, on its first use.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


class _Deferred(ModuleType):
    """Stands for a module not imported yet; every attribute is read from the real module.

    Reading, setting or deleting an attribute, and ``dir()``, import the module and act on it.
    What the stand-in does not give: the attributes every module object holds of its own,
    ``__doc__``, ``__spec__``, ``__loader__`` and ``__package__``, are the stand-in's (None,
    before its first use and after it), and ``vars()`` is the stand-in's namespace. So
    :func:`importlib.reload` refuses it (it is not the module in ``sys.modules``), and
    :func:`unittest.mock.create_autospec` of it (which reads ``dir()``, so imports the module)
    copies the module's attributes but the stand-in's ``__doc__``. Reload or introspect
    ``sys.modules[name]`` (or an ``import`` of it) instead.

    :func:`lazy_module` returns a module already imported as it is, with no stand-in: so whether
    a module's global holds the module or a stand-in depends on what was imported before it.
    Code that uses it behaves the same either way.
    """

    def __getattr__(self, attribute: str) -> object:
        # Only for what the stand-in itself lacks: that is, every attribute of the module.
        return getattr(importlib.import_module(self.__name__), attribute)

    def __setattr__(self, attribute: str, value: object) -> None:
        setattr(importlib.import_module(self.__name__), attribute, value)

    def __delattr__(self, attribute: str) -> None:
        delattr(importlib.import_module(self.__name__), attribute)

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__name__))

    def __repr__(self) -> str:
        return f"<module {self.__name__!r}, imported on first use>"


def lazy_module(name: str) -> ModuleType:
    """The module ``name`` (absolute), imported when one of its attributes is first read.

    A module already imported is returned as it is. Nothing is looked up now (the module
    docstring says why): a module that does not exist raises :class:`ModuleNotFoundError`,
    naming it, when it is first used.
    """
    if name in sys.modules:
        return sys.modules[name]
    return _Deferred(name)
