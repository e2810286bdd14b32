"""Name keys: one spelling-insensitive form of a name, used to store and look names up."""

from __future__ import annotations

import functools
import re

_NOT_NAME = re.compile(r"[^\w' -]+")
_SPACES = re.compile(r"\s+")
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "coach",
        "professor",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "aunt",
        "uncle",
        "captain",
        "officer",
        "detective",
        "father",
        "sister",
        "brother",
    }
)


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """Fold case, accents, apostrophes and spacing: "Zoë O’Neil" ~ "zoe o'neil".

    Every letter beyond ASCII is folded to its plain Latin spelling ("Bartłomiej" ~
    "bartlomiej", "Østergaard" ~ "ostergaard"), so a member can type a name without its
    accents; names are still shown as the articles spell them. Cached: the same names recur
    in article after article. :func:`folded` is the same folding, uncached, for text of any
    length.
    """
    return folded(name)


def folded(text: str) -> str:
    """``text`` folded as :func:`name_key` folds names: case, accents, apostrophes, spacing;
    every character that is not a letter, digit, apostrophe or dash becomes a space."""
    if text.isascii():
        plain = text
    else:
        # Imported at the first text beyond ASCII: anyascii loads importlib.resources to read
        # its tables, which members' ASCII names and the way to READY never need.
        from anyascii import anyascii  # noqa: PLC0415

        plain = anyascii(text)
    return _SPACES.sub(" ", _NOT_NAME.sub(" ", plain.casefold())).strip()


def key_tokens(key: str) -> list[str]:
    return key.split(" ") if key else []


def is_titled(key: str) -> bool:
    """A "Ms Vale" / "Coach Brandt" form: a title followed by one name."""
    tokens = key_tokens(key)
    return len(tokens) == 2 and tokens[0] in TITLES
