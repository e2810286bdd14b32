"""A sentence about our film that names another work only inside a relative clause: "The film is
directed by Ann Ray, whose debut Quietly premiered at Sundance in 2023, and produced by Bo Lee."
Its own times may be the other work's, but the sentences after it ("Filming wrapped last
October") are still about its subject, ours.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_others import about_another
from bot.extract.text import Doc

_RELATIVE = re.compile(r",[ ]whose[ ][^,;:()]*(?:,|$)")
"""A "whose" clause set off by commas (or ending the sentence)."""
_OURS_OPENS = re.compile(r"[ “\"]*(?:The|This)[ ](?:film|movie|feature|series|drama|show)[ ]")
"""The sentence opens on the article's production."""


def carried_starts(doc: Doc, foreign: frozenset[int], context: Context) -> frozenset[int]:
    """The sentences about another production whose next sentences carry on about it: all of
    ``foreign`` but those about ours that name the other work only in a "whose" clause."""
    if not any(", whose " in view.chunk for view in doc.views):
        return foreign
    whose_only = {
        view.span.start
        for view in doc.views
        if view.span.start in foreign
        and view.span.start not in context.foreign
        and ", whose " in view.chunk
        and _OURS_OPENS.match(view.chunk)
        and not about_another(_RELATIVE.sub(",", view.chunk), context)
    }
    return foreign - whose_only
