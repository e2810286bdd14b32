"""Who a list of posts shows to be people: a moderator's or round-up's line "Ada Vale (TikTok):
what she posted" names the site she posted on, not her part (see :func:`castforms._brackets`),
but still tells that Ada Vale is a person, whose first name alone may later credit her."""

from __future__ import annotations

from bot.extract.castforms import PAREN_REVERSED
from bot.extract.lexicon import PLATFORMS
from bot.extract.people import People
from bot.extract.text import Doc


def register_posters(doc: Doc, people: People) -> None:
    """Register each full name set beside a social site in brackets ("Ada Vale (X): ...")."""
    for view in doc.views:
        if "): " not in view.chunk:
            continue
        for match in PAREN_REVERSED.finditer(view.chunk):
            if match["char"] in PLATFORMS:
                people.add(match["actor"])
