"""Words a part speaks in a scene or a clip the writer retells: the work's line, no one's quote.

A review walks through a scene in the present and gives its line: "“...,” she tells her son, in
the scene fans keep clipping", or names the scene first and the line after a "when" ("Watch his
face in the late scene with his mother, when she tells him: “...”"). A live blog gives a line
and then says what it is ("“...” — a line from the trailer."). A video made in character ("the
two leads, in character, holding up a slate. “...,” one says.") has its parts speak. The words
are the work's, whoever the extractor found to credit: a real remark is told in the past, or to
the writer, and is not called a line of the work.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import (
    ADDRESSEE,
    CLIP_WORDS,
    FOOTAGE_SPEAKER,
    FOOTAGE_WORDS,
    TELLS,
)
from bot.extract.footage_present_lines import PRESENT_SAYS
from bot.extract.text import Doc, Quote, Span
from bot.lazy_patterns import lazy_pattern

_TOLD = rf"(?:{TELLS}|asks|whispers[ ]to|says[ ]to|snaps[ ]at|pleads[ ]with)"
"""A part speaking to another in the present, as a review retells a scene. Not footage's
participles ("telling him"): a review's scene is told in the present tense."""
_SCENE = r"(?:scene|sequence)"
_TOLD_IN_SCENE = lazy_pattern(
    rf"\b{_TOLD}[ ]{ADDRESSEE},?[ ](?:in|during)[ ](?:the|a|one|this|that|its)[ ]"
    rf"(?:[a-z-]+[ ]){{0,2}}{_SCENE}\b"
)
"""Told to someone in a scene of the work: "she tells Nick, in the scene fans love"."""
_SCENE_THEN_WHEN = lazy_pattern(
    rf"\b{_SCENE}\b[^.;!?“”\"]{{0,140}}?\bwhen[ ]{FOOTAGE_SPEAKER}[ ]{_TOLD}[ ]{ADDRESSEE}"
    r"[:,]?[ ]*[“\"‘']?$"
)
"""A scene named, then a part speaking in it to someone: "a late scene with his mother, when
she tells him: “"."""
_WORK = rf"(?:{FOOTAGE_WORDS}|film|movie|show|series|episode|season|finale|scene)"
_CALLED_A_LINE_AFTER = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]*[—–-][ ]*(?:a|the|another|one)[ ](?:[a-z]+[ ]){0,2}?line[ ]"
    rf"(?:from|in|of)[ ](?:the|a|an|its|this|that)[ ](?:[a-z-]+[ ]){{0,2}}?{_WORK}\b"
)
"""After the closing mark, a dash and the words called a line of the work: "“...” — a line from
the trailer"."""
_LINE_FROM_IT = lazy_pattern(
    r"\b(?:a|one|the)[ ](?:[a-z]+[ ])?line[ ]from[ ]it[ ]*[–—:,-]?[ ]*[“\"‘']?$", re.IGNORECASE
)
"""A line "from it", right before the marks: the work's when "it" is footage the paragraph has
just named ("A first clip just played. A line from it — “...”"), not a statement."""
_IN_CHARACTER = lazy_pattern(r"\bin[ ]character\b")
_FOOTAGE = lazy_pattern(rf"\b(?:{CLIP_WORDS}|video|sketch)\b")
"""Footage, or a video or a sketch made in character. Unlike the footage of
:mod:`footage_lines`, read in lowercase only: a capitalised "Video" is a platform ("Prime
Video"), no clip."""
_PRESENT_SAYS = lazy_pattern(rf"\b{PRESENT_SAYS}\b")
"""A plain verb of saying in the present (:data:`footage_present_lines.PRESENT_SAYS`). Not the
whole of a scene's speaking verbs ("warns", "pleads"): this rule was tuned on the plain ones,
and the wider list would hold words it does not hold now."""


def told_scene_line(doc: Doc, sentence: Span, quote: Quote, attribution: str) -> bool:
    """The quote's words are a part's line in a scene or a clip the writer retells (see
    above)."""
    end = doc.paras[sentence.para].end
    chunk = doc.masked[sentence.start : sentence.end]
    if _TOLD_IN_SCENE.search(chunk) or _SCENE_THEN_WHEN.search(
        doc.masked, sentence.start, quote.start
    ):
        return True
    if _CALLED_A_LINE_AFTER.match(doc.masked, quote.end, end):
        return True
    line = _LINE_FROM_IT.search(doc.masked, sentence.start, quote.start)
    if line is not None and _clip_named_before(doc, sentence):
        return True
    return _in_character(doc, sentence, quote, attribution)


def _in_character(doc: Doc, sentence: Span, quote: Quote, attribution: str) -> bool:
    """A video in which the speakers are in character, told earlier in the paragraph, and the
    words credited in the present ("“...,” Kai says."): the parts' lines, not the actors'."""
    if not attribution or _PRESENT_SAYS.search(attribution) is None:
        return False
    before = doc.masked[doc.paras[sentence.para].start : quote.start]
    return _IN_CHARACTER.search(before) is not None and _FOOTAGE.search(before) is not None


def _clip_named_before(doc: Doc, sentence: Span) -> bool:
    """The sentence before, in the same paragraph, names footage and no statement."""
    before = doc.sentence_at(sentence.start - 1) if sentence.start else sentence
    if before.para != sentence.para or before.start >= sentence.start:
        return False
    chunk = doc.masked[before.start : sentence.start]
    return _FOOTAGE.search(chunk) is not None and "statement" not in chunk
