"""A work named in passing and told by its kind in apposition, with its makers or stars, for
:func:`bot.extract.context.foreign_at` (so cast, crew and release all leave it alone).

Round-ups, delay news and profiles gloss another work as they name it: "repeats of Tin Yard,
the sitcom created by X and Y", "its rivals include Larkspit's Copse Gang, the Welsh adventure
series starring X as Z and directed by Y" (invented). The credits in that gloss are the named
work's. A name the article knows as its own keeps them, and so does an indefinite or "new" gloss
("Tin Yard, a six-part thriller written by X", "the new drama"): a profile introduces its
subject's own work that way, its title often missing from the headline."""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.names import TOKEN
from bot.lazy_patterns import lazy_pattern

_GENRE_APPOSED = lazy_pattern(
    rf"(?<![\w’'-])(?P<name>{TOKEN}(?:[ ](?:(?:of|the|and|&|a|in|on)[ ])?{TOKEN}){{0,5}}),[ ]"
    r"the[ ](?!(?:new|latest|upcoming|forthcoming)[ ])(?:[\w’'-]+[ ]){0,3}?"
    + GENRE_NOUNS
    + r"[ ](?:(?:co-)?created[ ]by|written[ ]by|directed[ ]by|produced[ ]by|starring[ ]"
    r"|(?:that|which)[ ](?:made|launched)[ ])"
)
"""A title, a comma, "the", up to three words and a kind, then its makers or stars: "Tin Yard,
the sitcom created by", "Copse Gang, the Welsh adventure series starring", or what it did for
them: "Tin Yard, the Ada Vale drama that made Tom Reed's DS Marsh a household name". The last
is read by :mod:`castownedelsewhere` too, for the one part in its clause; neither is derived
from the other: this gloss makes its span another work's for cast, crew and release alike, so
it keeps to makers or stars, where that one takes any clause ("the drama in which Ada Vale's
Mira ...") for a part alone."""
_INDEFINITE_APPOSED = lazy_pattern(
    rf"(?<![\w’'-])(?P<name>{TOKEN}(?:[ ](?:(?:of|the|and|&|a|in|on)[ ])?{TOKEN}){{0,5}}),[ ]"
    r"an?[ ](?!(?:new|latest|upcoming|forthcoming)[ ])(?:[\w’'-]+[ ]){0,3}?"
    + GENRE_NOUNS
    + r"[ ](?:from|(?:co-)?created[ ]by|written[ ]by|directed[ ]by|produced[ ]by|starring|"
    r"in[ ]which)[ ]"
)
"""The same told with "a": "Tin Yard, a six-part thriller from Lumen Pictures, stars ...", "Tin
Yard, a BBC drama in which Ada Vale plays ...", read
only where the headline names the page's own work, so that a profile's own untitled one keeps
its gloss."""
_HINT = (
    " created by",
    " written by",
    " directed by",
    " produced by",
    " starring ",
    " made ",
    " launched ",
    " in which ",
)
_PLACE_SET = lazy_pattern(
    r"(?:^|[ ])(?:[Ss]et|[Bb]ased|[Ff]ilmed|[Ss]hot)[ ](?:[a-z]+ly[ ])?"
    r"(?:in|on|at|near|around)[ ][^,]*$"
)
"""A place the work is set or shot in, before the comma: "Set in Brindlecote, the coastal drama
directed by X opens in June" names the article's own drama, glossed after its setting."""


def genre_apposed_at(
    chunk: str, is_known: Callable[[str], bool], headed: bool = False
) -> int | None:
    """Where ``chunk`` names a work the article does not know as its own, told by its kind in
    apposition with its makers or stars (with "a" too when the page's own work is ``headed``:
    named in its headline); None when it names none."""
    indefinite = headed and (", a " in chunk or ", an " in chunk)
    if not (", the " in chunk or indefinite) or not any(h in chunk for h in (*_HINT, " from ")):
        return None
    patterns = (_GENRE_APPOSED, _INDEFINITE_APPOSED) if indefinite else (_GENRE_APPOSED,)
    for match in (m for pattern in patterns for m in pattern.finditer(chunk)):
        name = match["name"]
        if names_setting(chunk, match.end("name")):
            continue
        tokens = [t for t in name.split() if t not in STOP_TOKENS]
        if tokens and not is_known(" ".join(tokens)):
            return match.start("name")
    return None


def names_setting(text: str, end: int) -> bool:
    """Whether the capitalised words ending at ``end`` in ``text`` are where a work is set or
    shot ("Set in Brindlecote, the coastal drama directed by ..."), not a title."""
    return _PLACE_SET.search(text, 0, end) is not None
