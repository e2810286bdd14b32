"""Which side of a bracketed pair in prose the article calls by first name, for
:mod:`bot.extract.castorder`.

Journalism calls a character by first name ("a farewell to Mira and Tom") and a real person by
surname ("Vale said"). A pair in running prose that nothing else settles is read part first;
but when the article calls every bracketed name by its first name alone and never an outer one,
the brackets hold the parts ("reunites Ada Vale (Mira Holt) and Kai Lund (Tom Reed) with ...",
after "a farewell to Mira and Tom"), and the outer names act.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.castsurnamealone import surname_alone
from bot.extract.cues import WORD_END, word_led


def called_as_part(name: str, text: str) -> bool:
    """The article calls ``name`` by its first name alone ("Mira's", "Mira has"), as a part is
    called, and never by its surname alone, as news calls a person."""
    first, _, last = name.partition(" ")
    if not last or surname_alone(name, text):
        return False
    alone = word_led(first, text, WORD_END)
    return any(not text.startswith(last, tail.end() + 1) for _, tail in alone)


def bracketed_first_names(items: list[Casting], text: str) -> set[bool]:
    """{True} (the outer names act) when every pair's bracketed name is called by its first
    name alone and no outer name is; else nothing."""
    for item in items:
        inner = item.character if item.outer == item.actor else item.actor
        if not called_as_part(inner, text) or called_as_part(item.outer, text):
            return set()
    return {True} if items else set()
