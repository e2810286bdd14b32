"""A person a sentence names only as an owner, in a paragraph about someone else, is no evidence
of whom the sentence's pronoun stands for: in "Ida Berg hates the word. Every review of T, Tom
Reed's harbour drama, has used it, and every time she reads it she winces." the "she" is Berg,
the paragraph's subject, not Reed. The owner still counts where the paragraph opens with them
or with no one ("That story is now T, Ida Berg's second feature, which she wrote."); a name that
opens the sentence ("Ida Berg's path was ...") is read elsewhere
(:mod:`bot.extract.owned_openers`)."""

from __future__ import annotations

import re

from bot.extract.names import NAME_RE
from bot.extract.people import People
from bot.extract.text import Doc, Span
from bot.lazy_patterns import lazy_pattern

_OWNER = lazy_pattern(r"[’']s?(?![\w])")
_THING = lazy_pattern(r"[ ][a-z]")
"""A thing the owner has ("Reed's office"), not a part they play ("Reed's Cal")."""


def only_owner(chunk: str, name: str) -> bool:
    """``name`` is named in ``chunk`` only as an owner, and not first ("The tape went through
    Tom Reed's office"): a thing of theirs is the subject, never they."""
    surname = name.rsplit(maxsplit=1)[-1]
    ends = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", chunk)]
    if not ends or chunk.lstrip().startswith((name, surname)):
        return False
    owned = [_OWNER.match(chunk, end) for end in ends]
    return all(m is not None and _THING.match(chunk, m.end()) is not None for m in owned)


def passing_owner(doc: Doc, people: People, sentence: Span, name: str) -> bool:
    """``name`` is only an owner in ``sentence`` ("T, Tom Reed's drama, ..."), and an earlier
    sentence of its paragraph opens with another person."""
    if not only_owner(doc.masked[sentence.start : sentence.end], name):
        return False
    for span in doc.sentences:  # in text order: none after ``sentence`` starts before it
        if span.start >= sentence.start:
            break
        if span.para == sentence.para:
            opener = NAME_RE.match(doc.masked, span.start)
            found = people.resolve(opener.group(), first_name=True) if opener else None
            if found is not None and found != name:
                return True
    return False
