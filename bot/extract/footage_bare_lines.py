"""Bare words on a page about footage, given with no one said to speak them: the work's line.

A trailer discussion thread or a round-up gives a line the footage plays with no speaking verb
at all, straight after a sentence about the footage ("Dana Pell gets one shot and owns the
whole teaser. “Close the door.” Chilling."), or words, opening a paragraph, that call someone
by a first name ("“Stay where you are, Rue.” Best moment of the clip."). No name introduces
them: the speaker would only be guessed from the sentence before, which is about the footage,
not about anyone talking. Held only on a page whose headline or paragraph names a trailer, a
teaser or a clip; a sentence before that reports speech or talk ("she said of the trailer",
"she talked about the trailer") or someone's work on the footage ("Hana Velde cut the trailer
herself"), or someone doing something right after the words ("“...,” Dunworth barks at the
press", "“...” Odile Brannagh shrugs", "“...” Brannagh wrote"), leaves the words to the one who
spoke.
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE, FOOTAGE_WORDS, after_marks, in_footage_piece
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_IRREGULAR = (
    r"(?:said|wrote|told|spoke|sang|shook|grew|took|gave|made|kept|went|sat|stood|broke|threw|"
    r"began|ran|put|let)"
)
"""Past tenses with no "-ed" that a doer after the words may take ("“...” Brannagh wrote")."""

_SPEECH = lazy_pattern(
    rf"\b(?:{SPEECH_VERBS}|talk|talks|talked|talking|spoke|speaks|speaking|discussed|discusses)\b"
    r"|:[ ]*$"
)
"""A sentence that reports speech or talk, or hands over to the words with a colon."""
_DOER_AFTER = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:he|she|they|(?:[A-Z][\w’'-]+[ ]){0,2}[A-Z][\w’'-]+)[ ]"
    rf"(?:[a-z]+ly[ ])?(?:[a-z]+(?:s|ed)|{SPEECH_VERBS}|{_IRREGULAR})\b"
)
"""Someone named (up to three words) or a pronoun right after the words, doing something
("“...,” Dunworth barks", "“...” Odile Brannagh shrugs", "“...” Brannagh wrote in May")."""
_MAKING = lazy_pattern(
    r"\b(?:cut|cuts|edited|edits|made|makes|shot|shoots|directed|directs|assembled|assembles|"
    r"put[ ]together|puts[ ]together)[ ]"
    r"(?:(?:the|a|an|this|that|its|his|her|their|our|my|new|first|final|latest|official|whole)[ ])"
    rf"{{0,3}}(?:{FOOTAGE_WORDS})\b"
)
"""A sentence about someone's work on the footage ("Hana Velde cut the trailer herself"): the
words after it are more likely that person's remark than a line the footage plays."""
_SENTENCE_BEFORE = lazy_pattern(r"(?:^|[.!?][ ]+)(?P<sentence>[^.!?“”\"]{1,200}[.!?])[ ]*$")
"""The last whole sentence right before the opening mark."""
_REACH = 40
_CALLS = lazy_pattern(r",[ ][A-Z][a-z]+[.!?]")
"""Words that call someone by a first name as a sentence ends: "..., Rue." (a part spoken to
in the footage; a thread's fans quote the line without saying who has it)."""


def bare_footage_line(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """The words are the footage's line, given bare (see above)."""
    if fact.attribution or fact.continues_previous or not in_footage_piece(doc, quote):
        return False
    if _DOER_AFTER.match(after_marks(doc, quote, _REACH)) is not None:
        return False
    para = doc.paras[quote.para]
    opens = quote.start - 1  # the opening mark
    before = _SENTENCE_BEFORE.search(doc.text[para.start : opens])
    if before is not None:
        sentence = before["sentence"]
        return (
            FOOTAGE.search(sentence) is not None
            and _SPEECH.search(sentence) is None
            and _MAKING.search(sentence) is None
        )
    return opens == para.start and _CALLS.search(doc.text, quote.start, quote.end) is not None
