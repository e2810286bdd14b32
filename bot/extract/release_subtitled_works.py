"""Our film's subtitle read as another work's name: in "Copper Bay: Tideline, which lands on
Netflix on 22 May" the word before "which" is the subtitle of ours ("Copper Bay"), so the date
is our film's, not a work named in passing; and a clause that opens with a subtitled title
("Copper Bay: Every Tide will be released on ...") keeps its colon, the title's own."""

from __future__ import annotations

import re

from bot.extract.context import Context

_MAIN_BEFORE = re.compile(r"(?P<main>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}):[ ][“\"‘']?$")


def our_subtitle(before: str, at: int, context: Context) -> bool:
    """The name starting at ``at`` follows our own title and a colon ("Copper Bay: ")."""
    if not context.ours:
        return False
    main = _MAIN_BEFORE.search(before, max(at - 40, 0), at)
    return main is not None and context.is_ours(main["main"])


_OPENING_TITLE = re.compile(r"(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*:[ ][A-Z]")


def opens_with_title(clause: str) -> bool:
    """The clause opens with a capitalised name, a colon and a capitalised subtitle ("Copper
    Bay: Every Tide will be released on"): the colon is inside the title, not a break before
    the film's own clause ("The teaser ends on a card: Copper Bay lands on")."""
    return _OPENING_TITLE.match(clause) is not None
