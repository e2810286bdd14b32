"""A "subtitle" that runs on as a person does is a person named after a colon, not a subtitled
title: followed by an age ("the last word on Wren Vale: Tom Reed, now 24, talks about ...", "on
Thornwick Scar: Ada Obi, 31, looks back"), or glossed with a part and followed by more names so
glossed, the first entry of a cast list ("with Ada Obi as Wren: Tom Reed (Sam), Lia Moss (Ivy)
and Jo Penn (Kit)"), or followed by the verb of a part ("Cast named for Wren Vale: Tom Reed plays
a ferryman", "... Lia Moss stars as Ivy"): an actor playing someone. A staff line of a live blog
or a report names its people after a colon, a list that ends the line with no full stop ("Our
desk at Harbour Hall: Ada Obi, Tom Reed"): its first name no subtitle. A title keeps no age and
is glossed once: "Thornwick Scar: The Long Night, which opens in May" and "Fenwick: The Long
Night (Netflix), which opens in May" still are.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SPACES = lazy_pattern(r"[ ]+")
"""The space after the title's colon, before its subtitle."""
_AGE_AFTER = lazy_pattern(r",?[ ](?:now[ ]|aged[ ]|just[ ])?\d{1,2}(?:[,;.]|[ ]and\b)")
"""An age after a name: ", now 24,", " 31 and"."""
_LIST_AFTER = lazy_pattern(
    r"[ ]\([A-Z][^()\d]{0,40}\)(?:,|[ ]and|[ ]&)[ ]"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}[ ]\([A-Z][^()\d]{0,40}\)"
)
"""A part in brackets, then another name with its own part in brackets: a list's entries."""
_PART_AFTER = lazy_pattern(
    r"[ ](?:plays|is[ ]playing|will[ ]play|stars[ ]as|returns[ ]as|joins[ ]as|"
    r"(?:has[ ]been|is|was)[ ]cast[ ]as)[ ](?!(?:at|in|to|on|for|out|host|well)\b)"
)
"""An actor's verb of a part after a name: " plays solicitor ...", " stars as ..."; not a film
that "plays at" or "plays in" a place."""
_NAME = r"[A-Z][\w’'-]+(?:[ ][A-ZÁÉÍÓÚ][\w’'-]*){1,2}"
_PERSON_TAIL = lazy_pattern(rf"(?!(?:The|A|An)[ ]){_NAME}$")
"""A subtitle that may be a person's name: two or three capitalised words, no article first."""
_NAMES_AFTER = lazy_pattern(rf"(?:(?:,|[ ]and|[ ]&)[ ]{_NAME})+[ ]*$")
"""More names to the end of the line with no full stop: ", Tom Reed", ", Tom Reed and Jo Penn"."""


def named_as_a_person(chunk: str, title: str) -> bool:
    """The ``title`` read in ``chunk`` runs on, at any of its places there, into an age, into a
    bracketed part and a next entry so glossed, into the verb of a part, or into more names to
    the end of an unstopped line, as a person's name does."""
    main, _, subtitle = title.partition(":")
    head, tail = f"{main.strip()}:", subtitle.strip()
    at = chunk.find(head)
    while at >= 0:
        gap = _SPACES.match(chunk, at + len(head))
        if gap is not None and chunk.startswith(tail, gap.end()):
            after = gap.end() + len(tail)
            if any(p.match(chunk, after) for p in (_AGE_AFTER, _LIST_AFTER, _PART_AFTER)):
                return True
            if _PERSON_TAIL.match(tail) and _NAMES_AFTER.match(chunk, after):
                return True  # "Our desk at Harbour Hall: Ada Obi, Tom Reed": a staff line
        at = chunk.find(head, at + 1)
    return False
