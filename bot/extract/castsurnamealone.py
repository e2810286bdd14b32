"""Whether an article calls a person by the surname alone, for :mod:`bot.extract.castorder`.

News calls a person by the surname ("Vale said", "Vale and Marsh"); a story calls a part by the
first name. A surname inside a longer name ("Ada Vale", "Dr Vale") or used as a family's name
before a kin noun ("the youngest Vale son", "the Vale family") calls no one alone (invented);
nor does a surname that is also a plain word ("Marsh", "Spring") where it opens a sentence or a
quotation, when the article writes that word in lower case too ("a marsh walk ... Marsh is").
"""

from __future__ import annotations

from bot.extract.cues import WORD_END, word_led
from bot.extract.lexicon import NAME_AS_WORD, RELATION
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern


def surname_alone(name: str, text: str) -> bool:
    """The article writes the surname of ``name`` alone ("Vale said", "Vale and Marsh"), as
    news refers to a person (a part is called by its first name)."""
    last = name.rsplit(maxsplit=1)[-1]
    plain: bool | None = None  # the surname is also written as a plain word: found once
    for start, tail in word_led(last, text, WORD_END):
        before, after = text[max(start - 30, 0) : start], text[tail.end() :]
        if IN_A_NAME_BEFORE.search(before) or _IN_A_NAME_AFTER.match(after):
            continue  # "Ada Vale", "Vale Marsh", "Dr Vale", "the Vale house": no one alone
        if _TITLE_CLOSE.match(after) and _IN_A_TITLE_BEFORE.search(before):
            continue  # a quoted title's last word ("“Letters from Marsh”"): no one
        if _OPENING.search(before) and plain is None:
            plain = next(word_led(last.lower(), text, WORD_END), False) is not False
        if plain and _OPENING.search(before):
            continue  # "“Marsh is the plan,” ..." beside "a marsh walk": the word, no one
        return True
    return False


IN_A_NAME_BEFORE = lazy_pattern(rf"(?:{UPPER}[\w’'.-]*[\"”’]?|(?<![\w’'-])the)[ ]$|{NAME_AS_WORD}$")
_IN_A_TITLE_BEFORE = lazy_pattern(
    rf"[“\"‘]{UPPER}[\w’'-]*[ ]"
    rf"(?:(?:{UPPER}[\w’'-]*|in|of|on|at|to|for|from|with|and|the|a|an)[ ]){{0,4}}$"
)
_TITLE_CLOSE = lazy_pattern(r"[,.!?]?[”\"’]")
"""A quoted run of title-case words ending on the surname: a song's or a book's title ("“Letters
from Marsh”"), where a plain word is capitalised as the title's, not a person's."""
_OPENING = lazy_pattern(r"(?:\A|[.!?][”\"’]?[ ]|\n|[“\"‘(][ ]?)\Z")
"""Where a sentence or a quotation opens: a capital there may be any word's."""
_IN_A_NAME_AFTER = lazy_pattern(
    rf"[ ]{UPPER}|[\w-]|[’'](?![s][ ](?:own|first|last|new|latest)\b)|[ ]\d{{4}}\b"
    rf"|[ ](?:{RELATION}s?|famil(?:y|ies)|households?|clans?|children|siblings)\b"
)
"""Capitals of every alphabet ("Émile Varga" is one name); before a year, a season ("Summer");
before a kin noun, a family's name ("the youngest Holt son", "a Holt family secret", "the Vale
and Holt families"), not a
person called by the surname alone. A possessive before a word of the person's own doings
("Vale's own story", "Vale's latest post") is the surname alone."""
