"""A speaker the quoted words speak of: "Ada took it" is not Ada’s own line.

People speak of themselves as "I"; a quotation that names its credited speaker as a third
person ("Tom has said that for years", "When it was dry, Ada took it") was found
for the wrong person, so the words are left unattributed. A name used to address someone
("Thanks, Tom.") is no third person and leaves the speaker be. A short form of the first name
counts as the name ("Isa's timing is the show's" is not Isadora's). A quotation resumed in the
same paragraph after a bare "he said." is the same utterance and is read with it.
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_BARE_BETWEEN = lazy_pattern(r"[\s,.;:—–“”\"‘’'-]*(?:[a-z]+[\s,.;:—–“”\"‘’'-]*){0,4}")
"""The narration between two parts of one utterance: "he said.", ", she added, " (no name)."""
_SPOKEN_OF = r"(?=[ ][a-z]|[’']s\b)"
"""What follows a name spoken of: a lower-case word ("Isa sent") or a possessive ("Isa's")."""
_SPOKEN_OF_TAIL = lazy_pattern(_SPOKEN_OF)
_SPOKEN_OF_WORD = lazy_pattern(rf"(?<![\w’'-])(?P<word>[A-Z][a-z]{{2,}}){_SPOKEN_OF}")
"""A capitalised word spoken of: "Isa's", "Isa sent"."""


def _spoken_of(name: str, text: str) -> bool:
    for part in name.split():
        if len(part) < 3 or not part[0].isupper():
            continue
        if next(word_led(part, text, _SPOKEN_OF_TAIL), None) is not None:
            return True
    return _short_form(name.split(maxsplit=1)[0], text) if name.strip() else False


def _short_form(first: str, text: str) -> bool:
    """Whether ``text`` speaks of someone by a short form of ``first`` ("Isa" for Isadora)."""
    if len(first) < 5 or not first[0].isupper():
        return False
    for match in _SPOKEN_OF_WORD.finditer(text):
        word = match["word"]
        if word not in STOP_TOKENS and len(word) < len(first) and first.startswith(word):
            return True
    return False


def names_self(doc: Doc, index: int, speaker: str) -> bool:
    """Whether the quotation at ``index`` (or its resumption in the same paragraph after a
    nameless "he said.") names ``speaker`` as someone spoken of."""
    quote = doc.quotes[index]
    if _spoken_of(speaker, doc.text[quote.start : quote.end]):
        return True
    end = quote.end
    for later in doc.quotes[index + 1 :]:
        if later.para != quote.para or later.label:
            break
        if _BARE_BETWEEN.fullmatch(doc.text[end : later.start]) is None:
            break
        if _spoken_of(speaker, doc.text[later.start : later.end]):
            return True
        end = later.end
    return False
