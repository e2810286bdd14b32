"""Our film's subtitle read as another work's name: in "Copper Bay: Tideline, which lands on
Netflix on 22 May" the word before "which" is the subtitle of ours ("Copper Bay"), so the date
is our film's, not a work named in passing."""

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
