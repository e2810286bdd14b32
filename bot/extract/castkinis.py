"""A casting told with "is" and a part named after the owner's kin or an honorific, for
:mod:`bot.extract.cast`.

A run of castings ends one with "is" and no description after: "Ada Vale plays Tom Reed, a
ferryman. Mira Holt is his daughter Wren." or "Ada Vale plays the vicar, and veteran Mira Holt
is Mrs Vantry." The part is the name after "his/her/their" and a relation word, or an honorific
and its name, closing the clause. Said of a real person ("Mira Holt is his daughter Wren" at
a premiere) it would be kin, so the sentence or the one before it in the paragraph must cast
someone with "plays" or "stars as", and no "in real life" or "off screen" may set the clause
outside the story ("Off screen, Mira Holt is her daughter Ava": the actor's own kin). The name
may stand after a comma ("is his daughter, Wren"). A described part ("is the station's cook,
Hettie", :data:`~bot.extract.castisdescribed.IS_DESCRIBED`) counts here too when the "plays"
is in the sentence before.
"""

from __future__ import annotations

import re

from bot.extract.castforms import Casting, casting_at
from bot.extract.castfronted import subject_is_parts
from bot.extract.castisdescribed import IS_DESCRIBED
from bot.extract.lexicon import HONORIFIC, RELATION
from bot.extract.names import FULL_NAME, NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_CLOSE = r"(?=[.;!]?$|[,.;!][ ]|[ ]and[ ])"
_KIN_IS = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]is[ ](?:his|her|their)[ ]{RELATION},?[ ](?P<char>{NAME}){_CLOSE}"
)
"""Actor "is his daughter Wren"."""
_TITLED_IS = lazy_pattern(rf"(?P<actor>{FULL_NAME})[ ]is[ ](?P<char>{HONORIFIC}[ ]{NAME}){_CLOSE}")
"""Actor "is Mrs Vantry"."""
_CASTING = lazy_pattern(r"\b(?:plays|stars[ ]as)[ ]")
_REAL_LIFE = lazy_pattern(
    r"\b(?:in[ ]real[ ]life|off[ -]?(?:screen|camera)|in[ ]reality|away[ ]from[ ]the[ ]cameras?)\b",
    re.IGNORECASE,
)
"""Words that set a clause outside the story: its kin and titles are the actor's own."""


def kin_is_castings(doc: Doc) -> list[Casting]:
    """Each "Actor is his daughter Wren" or "Actor is Mrs Vantry" beside a "plays" casting."""
    found: list[Casting] = []
    before = None
    for view in doc.views:
        chunk, earlier, before = view.chunk, before, view
        if " is " not in chunk:
            continue  # no "Actor is ...": whether a "plays" is near is not asked
        casting = _CASTING.search(chunk) is not None or (
            earlier is not None
            and earlier.span.para == view.span.para
            and _CASTING.search(earlier.chunk) is not None
        )
        if not casting or _REAL_LIFE.search(chunk):
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        for pattern in (_KIN_IS, _TITLED_IS, IS_DESCRIBED):
            found.extend(
                casting_at(m, evidence, view.span.start) for m in subject_is_parts(pattern, chunk)
            )
    return found
