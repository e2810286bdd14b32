"""A part in a channel's drama, told of an actor introduced as another work's star, for
:mod:`bot.extract.cast`: a red-carpet round-up writes "Also there: Lumen Street star Ada Vale,
who plays DCI Holt in the ITV drama". The drama after the part is the work named before the
actor, not the article's own.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern

_STAR_OF = lazy_pattern(rf"(?<![\w’'-])(?P<work>(?:{UPPER}[\w’'-]*[ ]){{1,4}})star[ ]$")
"""Capitalised words, then "star", just before the actor: "Lumen Street star"."""
_REACH = 60


def star_elsewhere(chunk: str, start: int, genre: str, context: Context) -> bool:
    """The actor at ``start`` is called another work's star, and the part's "in the <Channel>
    <genre>" (``genre``, a capitalised word before the noun) names nothing of the article's."""
    if not chunk.endswith(" star ", 0, start) or context.is_known(genre):
        return False
    if not any(word[:1].isupper() for word in genre.split()[:-1]):
        return False  # "in the drama": maybe the article's own
    star = _STAR_OF.search(chunk, max(start - _REACH, 0), start)
    return star is not None and not context.is_known(star["work"])
