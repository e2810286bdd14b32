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

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME, People, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole

_CREDITED = lazy_pattern(
    rf"\b(?:[Ww]ritten|[Dd]irected|[Aa]dapted|[Cc]reated)[ ]by[ ]"
    rf"(?:(?:series|show)[ ](?:co-)?creator[ ])?(?P<name>{NAME}),[ ]"
    r"(?P<apposed>(?:the[ ])?(?:co-)?(?:creator|author)[ ]of[ ][^,;]{3,120}?)(?:,|\.?$)"
)
"""A passive credit, the name (perhaps after "series creator"), and an apposition that opens with
"creator of" or "author of", closed by a comma or by the sentence's end."""
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
        if view.span.start in context.foreign or " by " not in view.chunk:
            continue
        evidence = doc.text[view.span.start : view.span.end]
        for match in _CREDITED.finditer(view.chunk):
            name = people.resolve(match["name"])
            if name is None or not is_full(name) or not _credited_here(crew, name, evidence):
                continue
            for role in _roles(match["apposed"], context):
                if (role, name) not in have:
                    have.add((role, name))
                    found.append(CrewFact(name, role, evidence))
        for match in _ADAPTING.finditer(view.chunk):
            name = people.resolve(match["name"])
            if name is None or not is_full(name) or not _credited_here(crew, name, evidence):
                continue
            if (CrewRole.AUTHOR, name) not in have:
                have.add((CrewRole.AUTHOR, name))
                found.append(CrewFact(name, CrewRole.AUTHOR, evidence))
    return found


def _credited_here(crew: list[CrewFact], name: str, evidence: str) -> bool:
    """The sentence already credits ``name`` on our production."""
    return any(f.name == name and f.evidence.strip() == evidence.strip() for f in crew)


def _roles(apposed: str, context: Context) -> list[CrewRole]:
    roles: list[CrewRole] = []
    for part in _PART.finditer(apposed):
        title = part["title"]
        if title is not None and not all(context.is_known(w) for w in title.split()):
            continue  # "creator of Lantern Court": another work's
        if part["role"] == "author" and title is None and part["source"] is None:
            continue  # "author of the series": no book named
        role = CrewRole.AUTHOR if part["role"] == "author" else CrewRole.CREATOR
        if role not in roles:
            roles.append(role)
    return roles
