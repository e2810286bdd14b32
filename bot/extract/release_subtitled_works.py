"""Our film's subtitle read as another work's name: in "Copper Bay: Tideline, which lands on
Netflix on 22 May" the word before "which" is the subtitle of ours ("Copper Bay"), so the date
is our film's, not a work named in passing; and a clause that opens with a subtitled title
("Copper Bay: Every Tide will be released on ...") keeps its colon, the title's own, and so
does one after a lead-in ("Not its release, though: Copper Bay: Nine Winters lands on ...")."""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_MAIN_BEFORE = lazy_pattern(r"(?P<main>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}):[ ][“\"‘']?$")


def our_subtitle(before: str, at: int, context: Context) -> bool:
    """The name starting at ``at`` follows our own title and a colon ("Copper Bay: ")."""
    if not context.ours:
        return False
    main = _MAIN_BEFORE.search(before, max(at - 40, 0), at)
    return main is not None and context.is_ours(main["main"])


_OPENING_TITLE = lazy_pattern(r"(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*:[ ][A-Z]")


def opens_with_title(clause: str) -> bool:
    """The clause opens with a capitalised name, a colon and a capitalised subtitle ("Copper
    Bay: Every Tide will be released on"): the colon is inside the title, not a break before
    the film's own clause ("The teaser ends on a card: Copper Bay lands on")."""
    return _OPENING_TITLE.match(clause) is not None


_FILM_AFTER_COLON = lazy_pattern(
    r":[ ](?=the[ ](?:film|movie|series|show|shoot)[ ][a-z]"
    r"|(?:all[ ](?:\w+[ ])?episodes[ ]of[ ])?(?:[A-Z][\w’'-]*[ ]){1,4}"
    r"(?:lands|arrives|opens|premieres|debuts|hits|streams|drops|will[ ]be[ ]released)[ ])"
)
_MAIN_AFTER_LEAD = lazy_pattern(r"(?<=:[ ])(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*$")
"""A name right after a lead-in's colon: the main title of a subtitled one that follows."""


def film_after_colon(clause: str) -> str:
    """The film's own clause after a lead-in's colon ("... a card: the film lands"); a subtitled
    title after the lead-in stays whole ("Not yet: Copper Bay: Nine Winters lands")."""
    pieces = _FILM_AFTER_COLON.split(clause)
    main = _MAIN_AFTER_LEAD.search(pieces[-2]) if len(pieces) > 1 else None
    return pieces[-1] if main is None else f"{main[0]}: {pieces[-1]}"
