"""A part told by its title, then its name: "who plays the Frost Regent, Ilse Marrow." The
title ("the Frost Regent", "the Abbess") is what the part is called in the story; the full name
apposed after it, closing the clause, is the part's own name, so the part is that name.

A name that goes on as a list of people ("the Regent, Ilse Marrow, who plays ...", "the Regent,
Ilse Marrow and ...") or starts a new clause ("the Regent, Ilse Marrow said") is not read.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR
from bot.extract.names import clean_character, is_full

_THE_BEFORE = re.compile(r"\bthe[ ]$")
_NAME_AFTER = re.compile(rf",[ ](?P<name>{CHAR})(?=[.;!?]|,[ ](?!who[ ]|and[ ])[a-z])")


def titled_part(lead: str, chunk: str, end: int) -> tuple[str, int] | None:
    """The part's name and where it ends when the part read so far is a title after "the"
    with a full name apposed after it; None when it is not."""
    if _THE_BEFORE.search(lead) is None:
        return None
    named = _NAME_AFTER.match(chunk, end)
    if named is None or not is_full(clean_character(named["name"])):
        return None
    return named["name"], named.end("name")
