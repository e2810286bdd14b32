"""Sentences that open on a work told by its kind right after one that names another work.

A profile names an actor's other show in quotation marks ("the face of BBC One's “Tin Harbour”,
the six-part thriller"), then goes on about it by its kind: "In the series, written by Ada Vale
and directed by Ben Ode, Mara Quint plays DC Ruth Lorne". What such a sentence credits and
casts is the work named just before, not the article's own, when that work is neither ours nor
in the headline.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_IN_KIND = lazy_pattern(rf"[ ]*In[ ]the[ ](?:[a-z][\w-]*[ ]){{0,2}}?{GENRE_NOUNS},[ ]")
"""A sentence opening on a work told by its kind: "In the series, ", "In the new drama, "."""
_QUOTED_TITLE = lazy_pattern(r"[“\"‘](?P<work>[A-Z][^“”\"‘’.,!?]{1,50})[”\"’]")
"""A title in quotation marks: no sentence's words, no comma or stop in it."""
_MAX_WORDS = 6


def kind_opened_others(doc: Doc, is_known: Callable[[str], bool]) -> set[str]:
    """The sentences opening on a work's kind whose sentence before names, last, a title in
    quotation marks that ``is_known`` does not know (see above)."""
    found: set[str] = set()
    if "In the " not in doc.body:
        return found  # most pages have no such sentence
    for before, view in pairwise(doc.views):
        if _IN_KIND.match(view.chunk) is None:
            continue
        titles = [m["work"] for m in _QUOTED_TITLE.finditer(before.chunk)]
        titles = [t for t in titles if len(t.split()) <= _MAX_WORDS]
        if titles and not is_known(_unarticled(titles[-1])):
            found.add(doc.text[view.span.start : view.span.end].strip())
    return found


def _unarticled(title: str) -> str:
    """The title less its article: "The" says nothing of whose work it is."""
    first, _, rest = title.partition(" ")
    return rest if first in {"The", "A", "An"} and rest else title
