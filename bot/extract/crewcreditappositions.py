"""The franchise and the source books of a writer our work credits, for
:mod:`bot.extract.crewappositions`.

A press release credits the film's writer with the passive, then says who she is: "Written by
Pia Lundqvist-Hale, creator of the series and author of the bestselling graphic novels, the
film is directed by ...", "Written by Lundqvist-Hale, the creator of the graphic novels and the
streaming series, and directed by ..." (invented examples). "The series" there is the one our
work continues and the books are its source, so the apposition credits her as creator and
author too; only where the same sentence already credits her on our production. So does
"written by series creator X, adapting the closing chapters of her graphic novels": the writer
adapting her own books is their author.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_CREDITED = lazy_pattern(
    rf"\b(?:[Ww]ritten|[Dd]irected|[Aa]dapted|[Cc]reated)[ ]by[ ]"
    rf"(?:(?:series|show)[ ](?:co-)?creator[ ])?(?P<name>{NAME}),[ ]"
    r"(?P<apposed>(?:the[ ])?(?:co-)?(?:creator|author)[ ]of[ ][^,;]{3,120}?)(?:,|\.?$)"
)
"""A passive credit, the name (perhaps after "series creator"), and an apposition that opens with
"creator of" or "author of", closed by a comma or by the sentence's end."""
_APPOSED = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]"
    r"(?P<apposed>(?:the[ ])?(?:co-)?(?:creator|author)[ ]of[ ][^,;]{3,120}?)(?:,|\.?$)"
)
"""The same apposition after the name anywhere else in a sentence that credits it: "X, the author
of the graphic novels, wrote the screenplay", "from a script by X, the creator of the show"
(invented); a book told only by its title words the article knows (see :func:`_roles`)."""
_APPOSED_HINT = ("creator of ", "author of ")
_SOURCE = r"(?:graphic[ ]novels?|novels?|books?|comics?|webcomic|manga)"
_PART = lazy_pattern(
    r"(?:^|[ ]and[ ])(?:the[ ])?(?P<role>(?:co-)?creator|author)[ ]of[ ]"
    r"(?:(?P<what>the[ ](?:[\w’'-]+[ ]){0,3}?(?:(?P<source>" + _SOURCE + r")|series|show|"
    r"franchise))\b|(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*))"
)
"""Each "creator of the series", "author of the bestselling graphic novels", "creator of T"."""
_ADAPTING = lazy_pattern(
    rf"\b(?:[Ww]ritten|[Aa]dapted)[ ]by[ ](?:(?:series|show)[ ](?:co-)?creator[ ])?"
    rf"(?P<name>{NAME}),[ ]adapting[ ](?:[^,;“”]{{0,50}}?[ ])?(?:her|his|their)[ ](?:own[ ])?"
    rf"(?:[\w-]+[ ]){{0,2}}?{_SOURCE}\b"
)
"""A passive writing credit whose writer adapts her own books."""


def credited_appositions(
    doc: Doc, people: People, context: Context, crew: list[CrewFact]
) -> list[CrewFact]:
    """``crew`` with the creator and author credits of a credited writer's apposition."""
    found = list(crew)
    have = {(f.role, f.name) for f in crew}
    for view in doc.views:
        chunk = view.chunk
        passive = " by " in chunk
        apposed = any(hint in chunk for hint in _APPOSED_HINT)
        if view.span.start in context.foreign or not (passive or apposed):
            continue
        evidence = doc.text[view.span.start : view.span.end]
        credits: list[tuple[str, list[CrewRole]]] = []
        passed: set[int] = set()  # names a passive credit sets off: read as such, not again
        for match in _CREDITED.finditer(chunk) if passive else ():
            passed.add(match.end("name"))
            credits.append((match["name"], _roles(match["apposed"], context)))
        for match in _APPOSED.finditer(chunk) if apposed else ():
            if match.end("name") not in passed:
                credits.append((match["name"], _roles(match["apposed"], context, strict=True)))
        for match in _ADAPTING.finditer(chunk) if passive else ():
            credits.append((match["name"], [CrewRole.AUTHOR]))
        for named, posts in credits:
            name = people.resolve(named)
            if name is None or not is_full(name) or not _credited_here(crew, name, evidence):
                continue
            for role in posts:
                if (role, name) not in have:
                    have.add((role, name))
                    found.append(CrewFact(name, role, evidence))
    return found


def _credited_here(crew: list[CrewFact], name: str, evidence: str) -> bool:
    """The sentence already credits ``name`` on our production."""
    return any(f.name == name and f.evidence.strip() == evidence.strip() for f in crew)


def _roles(apposed: str, context: Context, strict: bool = False) -> list[CrewRole]:
    """The creator and author posts an apposition names; ``strict`` (no passive credit before
    it) also wants any capitalised word before the books known ("author of the Lanterns novels")
    and no title after them ("author of the novels Tarn and Fell": other books), and reads the
    creator of books as their author."""
    roles: list[CrewRole] = []
    for part in _PART.finditer(apposed):
        title = part["title"]
        if title is not None and not all(context.is_known(w) for w in title.split()):
            continue  # "creator of Lantern Court": another work's
        if strict and part["what"] is not None and not _our_books(apposed, part, context):
            continue
        if part["role"] == "author" and title is None and part["source"] is None:
            continue  # "author of the series": no book named
        books = part["role"] == "author" or (strict and part["source"] is not None)
        role = CrewRole.AUTHOR if books else CrewRole.CREATOR  # "creator of the comics": author
        if role not in roles:
            roles.append(role)
    return roles


_TITLE_AFTER = lazy_pattern(r"[ ](?:[A-Z]|“|‘)")


def _our_books(apposed: str, part: re.Match[str], context: Context) -> bool:
    """The books or series of an apposition named with no word the article does not know and
    no title after them."""
    words = [w for w in part["what"].split()[1:] if w[:1].isupper()]
    return all(context.is_known(w) for w in words) and not _TITLE_AFTER.match(
        apposed, part.end("what")
    )
