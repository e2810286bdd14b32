"""An actor shown in their part, then words in marks: a line of the work, not the actor's quote.

A trailer round-up or a review names an actor with the part they are seen in, in the present,
and quotes what the part says on screen: "Mira Holt appears as Wren's aunt, warning her:
“...”", "Mira Holt, as Wren's aunt, appears for a second, saying: “...”", "Dan Orme, playing
the harbourmaster, has one scene and one line. “...”". The words
are the part's, so they are held, as other lines of the work are. Only when the actor is who the
quote was credited to, the words follow the shown actor in the same sentence with no reported
speech or naming between ("Mira Holt appears as Wren's aunt, and said of it: “...”" stays
hers), or open the next sentence with no sayer of their own ("... one line. “...,” she said."
stays hers); "who appears as" is a relative clause that only says who she is.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import COUNT_WORD, RELATION
from bot.extract.names import NAME
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_SHOWN = lazy_pattern(
    rf"(?<![\w’'-])(?<!who[ ])(?<!who’s[ ])(?<!who's[ ])(?P<actor>{NAME})"
    r"(?:(?:,[ ]playing[ ]|[ ](?:also[ ]|briefly[ ]|only[ ])?appears[ ]as[ ])"
    r"[^,.;:!?“”\"‘’]{1,40},"
    r"|,[ ]as[ ][^,.;:!?“”\"‘’]{1,40},[ ](?:also[ ]|briefly[ ]|only[ ])?appears\b)"
)
"""The actor and the part they are seen in, closed by a comma: "Ada Vale appears as Dessa,",
"Ada Vale, playing Orvo's mother,", "Ada Vale, as Orvo's mother, appears"; not "playing Dessa
for what she calls “...”"."""
_REPORTED = lazy_pattern(
    r"\b(?:said|says|told|tells[ ](?:us|me|reporters|[A-Z])|recalled|recalls|explained|explains|"
    r"added|adds|admitted|admits|joked|jokes|insisted|wrote|writes|posted|interview|calls|calling|"
    r"reflected|reflects|noted|notes|revealed|reveals|confessed|confesses|remembered|remembers|"
    r"called|of[ ](?:the|her|"
    rf"his|their)[ ](?:role|part|character)|about(?![ ](?:a|an|one|{COUNT_WORD})[ ]))\b",
    re.I,
)
"""Reported speech, or talk about the part, between the shown actor and the marks: the actor's
own words to the press ("tells Empire", "reflects on the shoot"), not the part's; "about" a
count is only a length ("for about three seconds")."""
_SEEN_IN_FOOTAGE = lazy_pattern(
    rf"(?<![\w’'-])(?<!who[ ])(?P<actor>{NAME})(?:,[ ]who[ ]plays[ ][^,.;:!?“”\"‘’]{{1,60}},)?"
    r"[ ](?:also[ ]|briefly[ ]|only[ ])?(?:appears|is[ ]seen|can[ ]be[ ]seen|turns[ ]up)"
    r"[ ](?:briefly[ ])?in[ ](?:the|a|an)[ ]"
    r"(?:[\w-]+[ ]){0,2}(?:teaser|trailer|clip|promo)s?,?[ ](?:(?:telling|warning|asking|"
    r"reminding|promising|begging)[ ]|(?:whispering|saying|shouting|pleading)[ ](?:to|at|with)[ ])"
    rf"(?:(?:his|her|their)[ ]{RELATION}|him|her|them)[ ]*[,:]?[ ]*[“\"‘']?$"
)
"""An actor seen in footage, then speaking to someone in the story straight into the words: "Ada
Vale, who plays Tom's aunt, appears briefly in the trailer, telling her nephew “...”", "is seen in
the teaser, whispering to her son: “...”" (only a part speaks to its kin; an actor's own words go to
fans or the press)."""
_OPENS_ONLY = lazy_pattern(r"[ ]*[“\"‘']?$")
"""Nothing but the opening mark between a sentence's start and the quote."""


def held_if_shown_in_part(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its speaker is the actor just shown "as" (or "playing") a part."""
    if not fact.served or fact.source is not SourceKind.PERSON or not fact.speaker:
        return fact
    sentence = doc.sentence_at(quote.start)
    if _shown_before(doc, fact.speaker, sentence.start, quote.start) or _seen_in_footage(
        doc, fact.speaker, sentence.start, quote.start
    ):
        return held_line(fact)
    if fact.attribution or _OPENS_ONLY.match(doc.text, sentence.start, quote.start) is None:
        return fact
    before = doc.sentence_before(sentence)
    if before is None or before.para != sentence.para:
        return fact
    if _shown_before(doc, fact.speaker, before.start, before.end):
        return held_line(fact)
    return fact


def _shown_before(doc: Doc, speaker: str, start: int, end: int) -> bool:
    """Whether ``speaker`` (or one of the same surname) is shown in a part between ``start`` and
    ``end`` with no reported speech after it."""
    for match in _SHOWN.finditer(doc.text, start, end):
        if not _same_player(match["actor"], speaker):
            continue
        if _REPORTED.search(doc.text, match.end(), end) is None:
            return True
    return False


def _seen_in_footage(doc: Doc, speaker: str, start: int, end: int) -> bool:
    """Whether ``speaker`` (or one of the same surname) is seen in footage between ``start``
    and ``end``, telling someone in the story the words right after."""
    match = _SEEN_IN_FOOTAGE.search(doc.text, start, end)
    if match is None:
        return False
    return _same_player(match["actor"], speaker)


def _same_player(actor: str, speaker: str) -> bool:
    """Whether the ``actor`` a sentence shows is the quote's ``speaker``: part of the name, or
    the same surname."""
    return actor in speaker or speaker.rsplit(maxsplit=1)[-1] == actor.rsplit(maxsplit=1)[-1]
