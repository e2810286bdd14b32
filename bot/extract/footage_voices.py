"""Words a part voices in footage, told with the part's possessive: the work's line, no one's.

A piece about a trailer, a teaser or a reel gives a part's words with the part (or the actor's
part) named in the possessive and no one to say them: "Ivo Marsh's Dessa closes the teaser
with “...”", "the clip ends with Wren's words “...”", "The reel showed a storm. A voice,
Orla's no doubt, intones: “...”", "Marlo's whispered “...” as the trailer fades out", or
with a pronoun's possessive and the way the line is voiced ("his growled “...”").
The footage is named in the paragraph before the words or in their sentence after them; no one
is said to speak, post or write in the sentence ("Ada Vale's post about the trailer read
“...”" is someone's own). A quote credited to no one is held; so is one whose speaker is only
guessed from the sentence before (no attribution of its own, not run on from an earlier quote),
when a pronoun's voicing gives it ("His growled “...”") in a piece about footage.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import FOOTAGE_WORDS, in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_FOOTAGE = lazy_pattern(rf"\b(?:{FOOTAGE_WORDS}|reels?|sizzle)\b", re.I)
"""Footage named: a trailer, a teaser, a clip, a reel."""
_OWNED = lazy_pattern(r"\b[A-Z][\w-]*[’']s\b")
"""A part's possessive: "Dessa's", "Ivo Marsh's" (its last word)."""
_PRONOUN_VOICED = lazy_pattern(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)[ ](?:whispered|muttered|murmured|growled|hissed|snarled|"
    r"barked|shouted|yelled|screamed|sobbed|croaked|breathless|deadpan)[ ]*$"
)
"""A part's line told with a pronoun's possessive and the way it is voiced, right before the
marks: "her whispered “...”", "his growled “...”" (a voicing of a line, never a noun after it)."""
_OFF_SCREEN = lazy_pattern(
    r"\b(?:said|says|say|told|tells|wrote|writes|posted|posts|post|tweeted|added|adds|"
    r"asked|interview|panel|statement|podcast|caption|review)\b"
)
"""Someone speaking or writing off screen in the sentence: the words are theirs."""
_AFTER = 60


def held_if_footage_voice(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one says it, a part's possessive (or a pronoun's with a voicing)
    comes before it in its sentence, and the paragraph names footage (see above)."""
    if not fact.served or quote.start < 1:
        return fact
    sentence = doc.sentence_at(quote.start)
    voiced = _PRONOUN_VOICED.search(
        doc.masked, max(sentence.start, quote.start - 30), quote.start - 1
    )
    if not faceless(fact):
        return _held_if_guessed_voice(doc, quote, fact, voiced is not None)
    if voiced is None and _OWNED.search(doc.masked, sentence.start, quote.start - 1) is None:
        return fact
    after = min(sentence.end, quote.end + _AFTER)
    if _OFF_SCREEN.search(doc.masked, sentence.start, quote.start - 1) or _OFF_SCREEN.search(
        doc.masked, quote.end, after
    ):
        return fact
    para = doc.paras[quote.para].start
    if _FOOTAGE.search(doc.masked, para, quote.start - 1) or _FOOTAGE.search(
        doc.masked, quote.end, after
    ):
        return held_line(fact)
    return fact


def _held_if_guessed_voice(doc: Doc, quote: Quote, fact: QuoteFact, voiced: bool) -> QuoteFact:
    """``fact`` held when a pronoun's voicing gives the line ("His growled “...” suggests ...")
    and the speaker is only guessed from the sentence before (the actor who "returns as" the
    part), in a piece about footage: the part's line, not the actor's remark."""
    if not voiced or fact.attribution or fact.continues_previous:
        return fact
    sentence = doc.sentence_at(quote.start)
    after = min(sentence.end, quote.end + _AFTER)
    if _OFF_SCREEN.search(doc.masked, quote.end, after) or not in_footage_piece(doc, quote):
        return fact
    return held_line(fact)
