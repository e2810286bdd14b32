"""A credits line's label ("Music: X", "* DoP: X" in a bulleted list): where it may start."""

from __future__ import annotations

from bot.extract.crewowners import COMPANY_OWNER
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

MARKS = frozenset({"", "* ", "- ", "• "})
"""What may come before a label: nothing, or a list's mark."""
LIST_MARK = r"(?<=^[-*•][ ])"
"""The same mark, as a regex lookbehind at a line's start."""


SLASHED = r"(?<=[ ]/[ ])"
"""A label's separator from the one before it on a credits line: "Music: X / Editor: Y" (not
a bar: "| Author: X" is a byline's)."""
LINE_START = (
    rf"(?:^(?:[A-Z][A-Z’' -]+:[ ](?=[Tt]he[ ]))?|{LIST_MARK}|(?<=[,;][ ])|(?<=[ ]and[ ])|{SLASHED}"
    r"|(?<=^This[ ]time[ ])|(?<=^This[ ]time[ ]round[ ])|(?<=^Now[ ])|(?<=^Instead[ ]))"
)
"""Where a "post is X" credit may start: a sentence's or a list item's start, a speaker's label
("JO VALE: The writer is X"), a clause's after a comma or "and", a slashed label's, or after a
fronted word that sets this work against earlier ones without a comma ("This time the director
is X", "Now the writer is X")."""
_SEPARATED = lazy_pattern(rf"{SLASHED}$")
_LINE_LABELS = lazy_pattern(r"(?:^(?:[-*•][ ])?|[ ]/[ ])(?P<label>[A-Z][\w’' -]{1,30}):[ ]")
"""Each label of a slashed line: the line's first, and every one after " / "."""


def crew_line(chunk: str) -> bool:
    """Whether a slashed line's labels all name crew jobs ("Cinematography: X / Music: Y"): a page
    credits its own staff the same way ("Host: X / Producer: Y", "Words: X / Editor: Y")."""
    labels = list(_LINE_LABELS.finditer(chunk))
    return (
        bool(labels)
        and labels[0].start() == 0
        and all(any(word in CREW_WORDS for word in m["label"].lower().split()) for m in labels)
    )


def slashed(chunk: str, at: int) -> bool:
    """Whether the label at ``at`` follows another label's credit after a slash on a line whose
    labels are all crew jobs (see :func:`crew_line`)."""
    return _SEPARATED.search(chunk, 0, at) is not None and crew_line(chunk)


def labelled(chunk: str, at: int, verbs: str) -> bool:
    """Whether the label at ``at`` opens its line ("Cast: X (Part)" lists actors, not crew), or
    follows another label's credit after a slash ("Cinematography: X / Music: Y")."""
    if verbs.lower() == "cast":
        return False
    return chunk[:at] in MARKS or slashed(chunk, at)


LABEL_FOR = (
    r"(?:[ ]for[ ](?:the[ ])?[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3}(?=:)"
    r"|[ ]this[ ]time(?:[ ]a?round)?(?=[ ]is[ ]))?"
)
"""A company after a credits line's label: "Executive Producer for Ostrava Films: X"; or the
turn the post is told for, set against the runs before: "The director this time is X" (this
work's holder, as "The director is X")."""
PARALLEL_FOR = (
    rf",[ ](?:and|&)[ ](?:{COMPANY_OWNER})?{NAME}[ ]for[ ](?:the[ ])?[A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*){0,3}"
)
"""The last of a list whose names each carry a company: "A and B for Ostrava Films, and C for the
BBC" (", and" after two names is read only with the company, else it may join a clause)."""
_OWN_POST = lazy_pattern(
    r"(?:,[ ](?:the|an?|his|her|their)[ ][^,.;:()]{1,50},)?"
    r"[ ](?:(?:is|are|comes?|on[ ]board|attached|signed[ ]on|set|serving|returning|joining)[ ])?"
    r"as[ ](?!(?:an?[ ]|the[ ])?(?:co-|executive[ ])?produc)"
)


def own_post(chunk: str, end: int) -> bool:
    """Whether the names ending at ``end`` take their own post: "producing alongside X, with Y on
    board as director of photography" (Y is no producer), also with a description between ("with Y,
    the director's regular collaborator, on board as editor")."""
    return " as " in chunk[end : end + 100] and _OWN_POST.match(chunk, end) is not None
