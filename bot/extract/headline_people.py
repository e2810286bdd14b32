"""The one known person a headline names: a profile's or an interview's subject.

A headline may open on a word of its own before the name ("Meet Ada Vale, the composer who
..."): the capitalised opener runs into the name, so the name is read again without it. A
name inside the headline's quoted words ("Ada Vale: “I grew up with Rob”") is whom she speaks
of, never whom the headline is about.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.descriptions import named_in
from bot.extract.names import NAME_RE
from bot.extract.people import People, is_full
from bot.extract.text import Doc, blanked
from bot.lazy_patterns import lazy_pattern


def headline_person(doc: Doc, people: People, context: Context, parts: set[str]) -> str | None:
    """The one known person the headline names, not a work or a part (a profile's subject)."""
    if doc.title_para is None:
        return None
    title = doc.paras[doc.title_para]
    text = _unquoted(doc, title.start, title.end)
    named = {
        name
        for name in named_in(people, text) | _after_opener(people, text)
        if is_full(name) and not context.is_ours(name) and name not in parts
    }
    return named.pop() if len(named) == 1 else None


def _after_opener(people: People, text: str) -> set[str]:
    """The known person of a headline's opening name run read without its first word ("Meet
    Ada Vale" is Ada Vale), when the whole run is no one."""
    opener = NAME_RE.match(text)
    if opener is None or opener.group().count(" ") < 2 or named_in(people, opener.group()):
        return set()
    return named_in(people, opener.group().split(" ", 1)[1])


_QUOTED = lazy_pattern(r"“[^”]*”|\"[^\"]*\"|‘[^‘]*?’(?![a-z])")
"""A headline's quoted words (its quotations are no quotes of the body's)."""


def _unquoted(doc: Doc, start: int, end: int) -> str:
    """The text of ``[start, end)`` with every quotation's words blanked out."""
    return blanked(_QUOTED, doc.text[start:end])
