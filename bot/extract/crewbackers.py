"""A name added with "with" that takes an act or a post of its own: "with Screen Fund backing the
project", "with A and B among the executive producers"."""

from __future__ import annotations

from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_CAPS = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}"
_OWN_ACT = lazy_pattern(
    rf"(?:/{_CAPS}(?:,?[ ](?:and|&)[ ]{_CAPS})?)?"
    r"[ ](?!(?:co-|exec(?:utive)?[ ])?produc)[a-z][a-z-]+ing\b"
)
"""A gerund right after the names that is no producing: "backing", "financing", "distributing";
a name given two ways, "Screen Fund/Fondo Film", may take the next of the list before it ("with
Screen Fund/Fondo Film and Lowmoor backing the project")."""


def own_act(chunk: str, end: int) -> bool:
    """Whether the names ending at ``end`` do something of their own, not produce: "X produces,
    with Northfield Screen financing" (the financier is no producer, and maybe no person)."""
    return "ing" in chunk[end : end + 90] and _OWN_ACT.match(chunk, end) is not None


_EXECUTIVE_AFTER = lazy_pattern(
    r",?[ ](?:(?:also|all|both)[ ])?(?:(?:are|serving|on[ ]board|attached|credited|set)[ ])?"
    r"(?:among|as)[ ](?:the[ ]|its[ ]|an[ ])?(?:(?:film|series|show|movie)[’']s[ ])?"
    r"(?:co-)?exec(?:utive)?[ -]produc"
)
"""A list's own post as executive producers: "with A and B among the executive producers"."""


def listed_post(chunk: str, end: int, role: CrewRole) -> CrewRole:
    """The credit of the names a producer's "with" adds, ending at ``end``: "X produces, with A,
    B and C among the executive producers" credits A, B and C as executive producers."""
    if "exec" in chunk[end : end + 60] and _EXECUTIVE_AFTER.match(chunk, end) is not None:
        return CrewRole.EXECUTIVE_PRODUCER
    return role
