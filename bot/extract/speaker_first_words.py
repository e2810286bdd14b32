"""A "he" or "she" never stands for a name the article has not yet met as a person and that the
pronoun's own sentence gives only by its first word: "a second run, which Lark may shoot in
spring, but she will say only: “...”" tells of a broadcaster or a label ("the Lark Original
drama"), not of a person whose gender the text never states. Such words are held, never guessed
onto a full name that only begins with that word."""

from __future__ import annotations

import re


def first_met_by_word(pre: str, name: str, met: set[str]) -> bool:
    """``name``, a person not among those ``met`` before, is written in ``pre`` (the pronoun's
    own sentence before it) only by its first word, never in full."""
    words = name.split()
    if name in met or len(words) < 2 or name in pre:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(words[0])}(?![\w’'-])", pre) is not None
