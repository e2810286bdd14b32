"""A switch for the sentence gates: the cue-word tests that let a sentence skip a whole chain
of rules (crew's and release's) when it holds none of the words every rule of the chain needs.

The gates must never change a fact, only skip work; rules are added every round, and a rule
whose words a gate lacks would silently lose facts. :func:`opened` runs extraction with every
gate open, so a test can compare the facts with and without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_state = {"closed": True}
"""Whether the gates skip sentences (False only inside :func:`opened`)."""


def closed() -> bool:
    """Whether a gate may skip a sentence that lacks its words."""
    return _state["closed"]


@contextmanager
def opened() -> Iterator[None]:
    """Run every chain on every sentence, as if no gate existed."""
    _state["closed"] = False
    try:
        yield
    finally:
        _state["closed"] = True
