"""A one-word name set before a production noun names a work, never a person's first name.

Reports write a show by its one-word name as a modifier ("Larkspur cast say goodbye", "Larkspur
star Ada Vale", "the Larkspur finale") and its full title elsewhere ("the premiere of Larkspur
Rising"). Read as a first name, the lone word becomes the full title as a person, who then
"speaks" a pronoun's quote or counts as a second person beside the star. A word the text sets
so, not any known person's surname ("Hale fans" for the novelist Petra Hale), is the work's.
"""

from __future__ import annotations

import re

from bot.extract.names import People
from bot.extract.text import Doc

_NOUN = (
    r"(?:cast|casts|stars?|co-stars?|actors?|actress|finale|premiere|sequel|spin-off|franchise|"
    r"fandom|trailer|teaser)"
)
_WORK_WORD = re.compile(rf"(?<![\w’'-])(?P<word>[A-Z][a-z]{{2,}})[ ]{_NOUN}\b")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]*[ ]$")
"""A capitalised word before the modifier: the end of a full name ("Ada Vale fans"), no work."""


def block_work_words(doc: Doc, people: People) -> None:
    """Keep the one-word work names ``doc`` sets before a production noun out of ``people``."""
    text = doc.masked
    words = {
        match["word"]
        for match in _WORK_WORD.finditer(text)
        if not _CAPITAL_BEFORE.search(text, max(match.start() - 40, 0), match.start())
    }
    people.block({word for word in words if people.resolve(word) is None})
