"""Words a part speaks in a scene the writer retells, the actor named with the part they play.

A review or a column walks through a scene and names the actor with their part as they act it,
then gives the part's words with no one credited: "Take the scene in which Ivo Marsh's Dessa
waits at the pier. Ada Vale, playing her aunt, says almost nothing. When she does speak it is
“Go home, love,” and ..." The words are the part's line in the work, not anything the actor
said, so a faceless quote is held when a scene is named in its paragraph before it and an actor
is apposed with the part they are playing (", playing her aunt,", "as Dessa,") in its sentence
or the one before. Someone said to speak off screen there (a panel, an interview, "told us")
keeps the words theirs.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_SCENE = lazy_pattern(r"\bscenes?\b")
"""A scene named: the writer is retelling the work."""
_PLAYING = lazy_pattern(r"\b[A-Z][\w’'-]*,[ ](?:playing|as)[ ][^,.;:“”\"]{1,30},")
"""An actor apposed with the part they act in the scene: "Ada Vale, playing her aunt,",
"Vale, as Dessa,"."""
_OFF_SCREEN = lazy_pattern(
    r"\b(?:said|told|interview|panel|premiere|podcast|posted|tweeted|wrote|recalled|recalls)\b"
)
"""Someone speaking off screen: the words are theirs."""


_BRACKETED_SPEECH = lazy_pattern(r"\b(?:speech|monologue|line|scene|toast|plea)[ ]\($")
"""A speech or a line of the work, its words set in brackets straight after it: "whose
kitchen speech (“"."""
_AS_PART = lazy_pattern(r"[ ]as[ ][A-Z][\w’'-]*")
"""An actor named in a part: "Ada Vale as Dessa"."""


def held_if_scene_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one says it and it is a part's line in a retold scene (above); so
    too, whoever it is credited to, words bracketed after a speech or a line in a sentence that
    names a scene and an actor in a part ("The best scene belongs to Ada Vale as Dessa, whose
    speech (“...”) ...")."""
    if not fact.served or quote.start < 2:
        return fact
    sentence = doc.sentence_at(quote.start)
    if (
        _BRACKETED_SPEECH.search(doc.text, sentence.start, quote.start - 1)
        and _SCENE.search(doc.masked, sentence.start, quote.start - 1)
        and _AS_PART.search(doc.masked, sentence.start, quote.start - 1)
    ):
        return held_line(fact)
    if not faceless(fact):
        return fact
    para = doc.paras[quote.para]
    if _SCENE.search(doc.masked, para.start, quote.start - 1) is None:
        return fact
    sentence = doc.sentence_at(quote.start)
    earlier = doc.sentence_before(sentence)
    start = max(earlier.start if earlier is not None else sentence.start, para.start)
    if _PLAYING.search(doc.masked, start, quote.start - 1) is None:
        return fact
    if _OFF_SCREEN.search(doc.masked, start, sentence.end):
        return fact
    return held_line(fact)
