"""Whose a text cited as a source is, when a clause right after it says who put it out:
"according to the caption Netflix supplied", "per the statement the studio issued".

The attribution pattern reads only "the caption", and the caption's owner is then searched
for in the text before it, where the one pictured or described is often named ("X plays Y,
who is “...”, according to the caption Z supplied"): the caption is Z's, never X's. When the
supplier cannot be placed, the words are no one's we can name. A sentence whose words before the
quotation already have someone speak them ("X said the day was “...”, according to the statement
Z issued") quotes X through Z's text: the words stay X's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_SUPPLIED = lazy_pattern(
    rf"[ ](?:that[ ]|which[ ])?(?P<owner>{NAME})[ ](?:had[ ]|has[ ])?"
    r"(?:supplied|issued|released|posted|shared|provided|published|put[ ]out|sent[ ]out"
    r"|supplies|issues|releases|posts|shares|provides|publishes|puts[ ]out)\b"
)
"""A name and its putting-out verb right after the text's noun ("the caption Netflix supplied")."""
_SPOKEN = lazy_pattern(rf"\b{SPEECH_VERBS}\b")
"""A verb of speech before the quotation: someone in the sentence says the words."""


def supplied_text(
    resolver: Resolver, match: re.Match[str], offset: int, speaker: Speaker | None
) -> Speaker | None:
    """``speaker`` of ``match`` (after the quotation starting at ``offset``), unless the text it
    cites is said right after to be another's and no one speaks the words before the quotation:
    then that one (a company or a known person), else no one."""
    if not match.groupdict().get("noun") or match.groupdict().get("name"):
        return speaker
    tail = _SUPPLIED.match(match.string, match.end())
    if tail is None:
        return speaker
    sentence = resolver.doc.sentence_at(offset)
    if speaker is not None and _SPOKEN.search(resolver.doc.masked, sentence.start, offset):
        return speaker  # "X said it was “...”, according to the statement Z issued": X's
    said = match.string[match.start() : tail.end()].strip(" ,.!?")
    found = resolver.named(tail["owner"])
    if found is not None:
        return replace(found, attribution=said)
    if speaker is None:
        return None
    return replace(speaker, name="", source=SourceKind.UNATTRIBUTED, attribution=said)
