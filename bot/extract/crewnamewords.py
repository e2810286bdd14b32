"""A role noun inside a publication's or a body's name, for :mod:`bot.extract.crew`.

"Interview | Camera Operator Quarterly | 3 June", "Sound Editor Notes | 3 June" or "a prize from
the Director Guild" (invented): the role noun is a word of a magazine's or a guild's name, and
the capitalised word after it is the rest of that name, not a person, so no credit is taken. A
surname after the role noun ("director Vasko", "Cinematographer Sela Marrick") is still read as
a name.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NAME_WORD = lazy_pattern(
    r"(?:Weekly|Monthly|Quarterly|Daily|Magazine|Journal|Review|Digest|Gazette|Bulletin|Times|"
    r"Guild|Society|Association|Union|Awards?|Network|Podcast|Newsletter|Club|Institute|Notes|"
    r"News|Insider|Today|Chronicle|Tribune|Dispatch)"
)
"""A word that ends a publication's or a body's name, never a surname."""


def names_a_body(name: str) -> bool:
    """Whether the "name" after a role noun is the rest of a body's name: "Weekly" in
    "Editor Weekly", "Guild" in "the Director Guild"."""
    return _NAME_WORD.fullmatch(name.strip()) is not None
