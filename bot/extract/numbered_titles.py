"""A numbered instalment's title in quotation marks: a podcast listing's "Listen: Draft Night,
episode 41, “Ada Vale: Which Summer?”", a book's "chapter 3, ‘The Long Night’".

The number and the comma after the instalment noun place the marks as its title. Such a title
may open with a guest's name and a colon and end on a question, which the title-case test for
marks alone (:func:`bot.extract.quote_marks.is_title_like`) does not take as a title; it is nobody's
quote. A sentence in marks there ("episode 41, “I had to learn to swim”"), or words someone is
said to say ("episode 41, “I Never Wanted This” she says"), stays a quote.
"""

from __future__ import annotations

from bot.extract.quote_marks import is_title_like
from bot.lazy_patterns import lazy_pattern

_NUMBERED = lazy_pattern(
    r"\b(?:[Ee]pisode|[Cc]hapter|[Pp]art|[Tt]rack|[Ii]ssue|[Vv]olume|[Ii]nstalment)[ ]\d{1,4},[ ]$"
)
"""An instalment noun, its number and a comma, right before the opening mark."""
_REACH = 30
"""How far before the opening mark the instalment noun may start: "Instalment 1234, " is 18
characters, with room for a curly quote."""
_SAID_AFTER = lazy_pattern(
    r"[”’\"'][,]?[ ]+(?:he|she|they|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ]"
    r"(?:says|said|adds|added|tells|told|admits|admitted|recalls|recalled|jokes|joked)\b"
)
"""Someone saying the words right after the closing mark ("“I Never Wanted This” she says"): a
remark in title case, not the instalment's title."""


def numbered_title(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside their marks) follow "episode 41, " and are in title
    case, perhaps with a colon inside and a closing question or exclamation mark."""
    if _NUMBERED.search(text, max(0, start - _REACH), max(0, start - 1)) is None:
        return False
    if _SAID_AFTER.match(text, end) is not None:
        return False
    return is_title_like(text[start:end].strip().rstrip("?!"))
