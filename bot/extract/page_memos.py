"""One article's page readings, worked out once.

The readings of a page's layout (a guide's entries under name and where lines, a chart's notes
on other works) serve several chains: the release chain's asides, the crew chain's other items,
the quotes held in another work's entry. Each reads the whole article, so each is worked out
once per article and handed to every chain that asks. A reading handed out is shared: its
readers never change it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from bot.extract.text import Doc

_P = ParamSpec("_P")
_T = TypeVar("_T")


def once_per_doc(
    read: Callable[Concatenate[Doc, _P], _T],
) -> Callable[Concatenate[Doc, _P], _T]:
    """``read``, its value kept for the last article it read (the same arguments again give the
    kept value); a new article starts afresh."""
    last: list[tuple[Doc, dict[Hashable, _T]]] = []

    @wraps(read)
    def kept(doc: Doc, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        slot = last[-1] if last else None
        if slot is None or slot[0] is not doc:
            slot = (doc, {})
            last[:] = [slot]
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else (args, ())
        if key not in slot[1]:
            slot[1][key] = read(doc, *args, **kwargs)
        return slot[1][key]

    return kept
