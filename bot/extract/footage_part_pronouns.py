"""A part shown with its actor beside it, then its line given to a pronoun: the part's words.

A trailer round-up tells a shot in the present, the part named first and its actor after it in
brackets or between dashes, then the line in the next sentence with only a pronoun for who says
it: "Dessa (Ada Vale) waits at the gate. “Are you coming?” she asks.", "his sister, Dessa – Ada
Vale, back again – watches from the pier. “...,” she says." The pronoun finds the actor, but the
one the shot shows speaking is the part; the words are the work's, held. Only in a piece about
footage, only when the quote opens its sentence, the pronoun speaks in the present (never "to
me" or "to us"), the credited actor is the one beside the part, and the part is not itself a
name's tail ("Ada Vale (Dessa)" puts the actor first: she may be talking to the writer).
"""

from __future__ import annotations

from bot.extract.footage_heard_lines import opens_its_sentence
from bot.extract.footage_lines import after_marks, in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_ACTOR = r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,2}"
"""The actor's two or three names."""
_SHOWN = lazy_pattern(
    r"(?:^|[,;:][ ]+|\b[a-z]+[ ])[A-Z][\w’'-]+[ ]"
    rf"(?:\((?P<actor>{_ACTOR})\)|[–—][ ](?P<dashed>{_ACTOR}),?[^–—.!?;:“”\"]{{0,40}}?[ ][–—])[ ]"
    r"(?:(?:still|just|only|quietly|silently)[ ])?(?:[a-z]+ly[ ])?[a-z]{3,}s\b"
    r"[^.!?;:“”\"]{0,80}[.!?]?[ ]*$"
)
"""A part after a lowercase word or a stop, its actor in brackets or between dashes, then a
verb in the present, to the sentence's end: "his mum Dessa (Ada Vale) hovers at the door.",
"his sister, Dessa – Ada Vale, back again – watches from the pier."."""
_PRONOUN_SPEAKS = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:he|she|they)[ ](?:[a-z]+ly[ ])?"
    r"(?:says|asks|tells|replies|whispers|murmurs|pleads|warns|begs|sighs|mutters|shouts|snaps)"
    r"\b(?![ ](?:me|us)\b)"
)
"""After the words, a pronoun speaking in the present: "” she asks", "” he says quietly"."""
_REACH = 200


def shown_part_speaks(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """The words are the line of a part shown, with its actor, in the sentence before (see
    above)."""
    if not fact.served or fact.source is not SourceKind.PERSON or not quote.closed:
        return False
    if _PRONOUN_SPEAKS.match(after_marks(doc, quote, 40)) is None:
        return False
    if not opens_its_sentence(doc, quote):
        return False
    frame = doc.sentence_at(quote.start)
    before = doc.sentence_before(frame)
    if before is None or before.para != frame.para:
        return False
    text = doc.text[max(before.start, before.end - _REACH) : frame.start]
    shown = _SHOWN.search(text)
    if shown is None or (shown["actor"] or shown["dashed"]) != fact.speaker:
        return False
    return in_footage_piece(doc, quote)


def held_if_shown_part_speaks(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held as the work's line when a part shown with its actor speaks it (see
    above)."""
    return held_line(fact) if shown_part_speaks(doc, quote, fact) else fact
