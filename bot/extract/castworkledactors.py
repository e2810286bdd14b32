"""An actor's name read with a fronted "In <title>" glued before it, for :mod:`bot.extract.cast`.

With no comma after a fronted "In <title>", the title's capitalised words run on into the
surname: "In Harrowgate Deep Paltrey plays Ilse" (invented) is read as one name. No actor's
name opens on "In": the name is the one full name the article writes elsewhere that the run's
last word ends ("Paltrey", with Nerys Paltrey named before); with none such, or more than one,
no actor is served.
"""

from __future__ import annotations

import re

from bot.extract.people import is_full

LEADS = frozenset({"In"})


def without_title_lead(mention: str, text: str) -> str | None:
    """``mention`` itself, or for one opening on "In" the one full name written elsewhere in
    ``text`` that ends in its last word (None when there is not exactly one)."""
    tokens = mention.split()
    if len(tokens) < 3 or tokens[0] not in LEADS:
        return mention
    glued = {" ".join(tokens[cut:]) for cut in range(len(tokens))}
    last = re.escape(tokens[-1])
    named = {
        found
        for found in re.findall(rf"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'-]+[ ]{last}\b", text)
        if found not in glued and is_full(found)
    }
    return named.pop() if len(named) == 1 else None
