"""Words no one is credited with, led in by what footage shows or plays: the work's, not a quote.

In a piece about footage, "The trailer's big line, said by Cal on a platform, is “...”", "The
teaser ends with the on-screen caption “...”", "A voice over the storm: “...”" and "Line of the
day, from Cy: “...”" give a line, a caption or a voice of the work itself: the sentence's lead-in
names it straight before the marks, and no one is quoted saying the words to the press. Only
words credited to no one are held; a person named saying them keeps the quote. Whoever the
words are credited to, a part's famous line ("a fan asked about Wilhelmina's famous line, “...”"),
the footage itself saying them ("The grim first look promises “...”") or a character named
saying them after the marks ("“...”, as one character puts it") or someone the footage shows
telling a "him" or a "her" ("Ada Moor telling him “...”") give the work's words too, as does
someone speaking "to camera" in a paragraph that first names the work's footage.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_SHOWN = lazy_pattern(
    r"\b(?:(?:[Tt]he|[Oo]ne)[ ](?:[\w’'-]+[ ]){0,3}(?<!bottom[ ])(?:line|title[ ]card)"
    r"|[Ll]ine[ ]of[ ]the[ ](?:day|trailer|teaser|clip|night|panel)"
    r"|[Aa][ ](?:[a-z]+[ ])?voice(?:[ ]over(?:[ ](?:the|a|an)[ ][\w-]+)?|-over|over)?"
    r"|on-screen[ ](?:caption|text|title))"
    r"(?:,[^.!?;:“”\"‘]{1,80},|,[ ]from[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?"
    r"(?:[ ]is|[ ]reads|:|,)?[ ]*$"
)
"""A lead-in naming a line, an on-screen caption or a voice (never a post's caption, nor "a
single line" someone posts; perhaps with an aside or whom it is from), then the marks (not
"the line producer", "the bottom line is simple"): "The trailer's big line, said by Cal on a
platform, is “", "the on-screen caption “", "A voice over the storm: “", "Line of the day,
from Cy: “"."""
_REACH = 120
_WORKS_OWN = lazy_pattern(
    r"(?:\b[A-Z][\w-]*[’']s[ ](?:most[ ])?(?:famous|iconic|signature|best-known|immortal|quoted)"
    r"[ ](?:line|catchphrase|words)"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]his)[ ](?:[a-z]+[ ]){0,2}(?:trailer|teaser|first[ -]look|promo|"
    r"footage|poster)[ ](?:promises|teases|warns|asks|declares|announces|proclaims))"
    r"[ ]*[,:]?[ ]*$"
)
"""A part's famous line or the footage saying the words, straight before the marks: "Wilhelmina's
famous line, “", "The grim first look promises “"."""
_CHARACTER_AFTER = lazy_pattern(
    r"[,]?[ ]*as[ ](?:one|a|the|another)[ ](?:[a-z]+[ ])?character[ ]"
    r"(?:puts[ ]it|put[ ]it|says|said|tells[ ]\w+|warns)\b"
)
"""A character named saying the words, after the closing mark: ", as one character puts it"."""
_TELLING_SOMEONE = lazy_pattern(
    r"(?:\b[A-Z][\w’'-]*|\b(?:he|she|they))[ ](?:telling|warning|reminding|begging|promising)"
    r"[ ](?:him|her|them)[ ]*[,:]?[ ]*$"
)
"""Someone in the footage telling a "him" or a "her" something, straight before the marks, in
a piece whose paragraph or headline names the footage: "Big moments: Rue running, and Ada Moor
telling him “" (a shot the footage shows, never a remark to the press)."""
_TO_CAMERA = lazy_pattern(
    r"(?:\b[A-Z][\w’'-]*|\b(?:he|she|they)),?[ ](?:(?:straight|directly)[ ])?to[ ]camera"
    r"[ ]*[,:–—][ ]*$"
)
"""Someone speaking to camera, straight before the marks ("Ada Vale, to camera: “"): in a
paragraph that first names the work's footage, a line the footage plays."""
_WORK_FOOTAGE = lazy_pattern(r"\b(?:trailers?|teasers?|footage|first[ -]looks?|sneak[ ]peeks?)\b")
"""Footage of the work itself, not a clip or a video someone posts (a message to camera from
the cast is their own words)."""


def held_if_footage_lead_in(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its faceless words are a line, caption or voice of footage (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    opens = max(quote.start - 1, 0)
    if _WORKS_OWN.search(doc.text, max(opens - _REACH, 0), opens) is not None:
        return held_line(fact)
    if quote.closed and _CHARACTER_AFTER.match(doc.text, quote.end + 1) is not None:
        return held_line(fact)
    if _TELLING_SOMEONE.search(doc.text, max(opens - _REACH, 0), opens) and in_footage_piece(
        doc, quote
    ):
        return held_line(fact)  # "and Ada Moor telling him “...”" in a trailer's paragraph
    camera = _TO_CAMERA.search(doc.text, max(opens - _REACH, 0), opens)
    if camera and _WORK_FOOTAGE.search(doc.text, doc.paras[quote.para].start, camera.start()):
        return held_line(fact)  # "First footage from X. Ada Vale, to camera: “...”"
    if not faceless(fact):
        return fact
    sentence = doc.sentence_at(quote.start)
    opens = max(quote.start - 1, sentence.start)
    if _SHOWN.search(doc.text, max(opens - _REACH, sentence.start), opens) is None:
        return fact
    return held_line(fact) if in_footage_piece(doc, quote) else fact
