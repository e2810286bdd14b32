"""A name the article spotted with a job in front of it: a report opens a sentence with the
job capitalised ("Owner Ada Vale, who has run the café for 11 years, said ..."), and the
capitalised job is read as the name's first word. A quote is the person's, never "Owner"'s."""

from __future__ import annotations

import re

from bot.extract.names import is_full
from bot.extract.subjects import ROLE_PREFIX

_TITLED = re.compile(rf"{ROLE_PREFIX}(?=[A-Z])")
"""Role words at a spotted name's start ("Owner ", "Café owner ")."""


def untitled(name: str | None) -> str | None:
    """``name`` without role words at its start, when a full name is left ("Owner Ada Vale" is
    Ada Vale; "Ada Vale" and a bare "Director Vale" stay as they are)."""
    if name is None:
        return None
    titled = _TITLED.match(name)
    if titled is None or not is_full(rest := name[titled.end() :]):
        return name
    return rest
