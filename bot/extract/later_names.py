"""Whether a person is named before a point in the text, so a pronoun may stand for them.

A pronoun looks back for its person: a role noun it finds there ("Then the director shouts,
and she wades in. “It was freezing,” she says.") is the credited director only if the article
has named that director by then. A director named first further down ("The drama is directed by
Ida Berg") is no one the reader could have meant, so the pronoun looks further back instead.
"""

from __future__ import annotations

from bot.extract.names import NAME_RE
from bot.extract.people import People
from bot.extract.text import Doc


def named_by(doc: Doc, people: People, name: str, offset: int) -> bool:
    """``name`` (in full or by surname) is named in the text before ``offset``."""
    return any(
        people.resolve(match.group()) == name
        for match in NAME_RE.finditer(doc.masked, 0, max(offset, 0))
    )
