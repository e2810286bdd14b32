"""The entries of a what-to-watch guide headed by a name line over a where line, for
:mod:`bot.extract.crewentries`.

A guide may head each entry with the work's name alone, then a line of where and when to see
it ("The Marlow Bequest" over "Prime Video, from Friday 3 May", "Fenland" over "BBC Four and
iPlayer, Sunday 5 May, 9pm"; invented examples). An entry is its name line, its where line and
the paragraphs after them, up to the next name line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extract.page_entries import Entry
from bot.extract.text import Doc

_WHERE = re.compile(
    r"[ ]*(?:BBC|ITV|Channel[ ]\d|E4|Sky|Netflix|Prime[ ]Video|Amazon|Disney|Apple[ ]TV|"
    r"iPlayer|Hulu|HBO|Max|Paramount|Peacock|Now|U&\w*|BritBox|Britbox|MUBI|Mubi|In[ ]cinemas|"
    r"Cinemas)\b[^\n.!?]{0,60}?\b(?:from[ ])?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"[^\n.!?]{0,30}$"
)
"""A where line: a channel or service, then the day ("Netflix, from Friday 3 May")."""
_NAME = re.compile(r"[ ]*[A-Z0-9‘“'\"][^\n.!?;]{0,60}[ ]*$")
"""A name line: short, no sentence in it."""
_MAX_WORDS = 8


def where_line_entries(doc: Doc) -> list[Entry]:
    """Each entry headed by a name line over a where line (see above)."""
    paras = doc.paras
    heads: set[int] = set()
    for name, where in pairwise(paras):
        if doc.title_para in (name.para, where.para):
            continue
        line = doc.text[name.start : name.end]
        if (
            len(line.split()) <= _MAX_WORDS
            and _NAME.fullmatch(line) is not None
            and _WHERE.fullmatch(doc.text, where.start, where.end) is not None
        ):
            heads.add(name.para)
    found: list[Entry] = []
    for para in paras:
        if para.para in heads:
            found.append([para.para])
        elif found and para.para != doc.title_para:
            found[-1].append(para.para)
    return found
