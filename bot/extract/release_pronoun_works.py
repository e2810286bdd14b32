"""A date told of "it" when "it" is another work, named by its kind in the sentence before.

A chart or round-up names one work and goes on about it in the next sentence: "At the top,
Ardlow Films' period thriller The Dunlin Barrow held first place again. It has now taken £3m
since opening on 6 March." The date is that work's opening, not ours, though the second
sentence never names it.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.release_aside_subjects import aside_subject_elsewhere
from bot.extract.release_parts import of_another_work
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_IT_SUBJECT = lazy_pattern(
    r"(?:^|,[ ]|\b(?:says|said|confirmed|confirms|adds|added)[ ](?:that[ ])?)[Ii]t[ ]"
    r"(?:has|had|is|was|will|would|opened|arrived|landed|debuted)\b"
)
""""it" opening the date's clause as its subject: "..., it has now taken £3m since opening",
or a speaker's: "Netflix says it will launch in May"."""
_KIND_NAMED = lazy_pattern(
    rf"\b(?:{GENRE_NOUNS}[ ]|(?<![\w’'-])(?:a|an)[ ](?:[a-z-]+[ ]){{0,2}}{GENRE_NOUNS},[ ])"
    r"(?P<name>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z][\w’'-]*){0,4})"
)
"""A work named after its kind: "period thriller The Dunlin Barrow", "the drama Fenwater", or
set off after one newly brought in: "is here with a new drama, Fenwater, starring ..."."""
_OWNED = lazy_pattern(r"\b(?:whose|his|her|their|its)[ ](?:[\w’'-]+[ ]){0,2}$")
"""Someone's own earlier work ("whose previous drama The Lampwright"): an aside, not what
"it" in the next sentence stands for."""
_OURS_FIRST = lazy_pattern(rf"(?:The|This|Our)[ ]{GENRE_NOUNS}\b")
"""The sentence before opens on our production ("The series is written by ..."): "it" is that."""


def another_work_it(doc: Doc, chunk: str, start: int, evidence: str, context: Context) -> bool:
    """The date at ``start`` is told of "it", and the sentence before, in the same paragraph,
    names another work by its kind and none of ours: the date is that work's."""
    if _IT_SUBJECT.search(chunk, 0, start) is None:
        return False
    at = doc.text.find(evidence)
    here = next((s for s in doc.sentences if s.start <= at < s.end), None) if at >= 0 else None
    if here is None:
        return False
    before = [s for s in doc.sentences if s.end <= here.start and s.para == here.para]
    if not before:
        return False
    previous = doc.text[before[-1].start : before[-1].end]
    if _OURS_FIRST.match(previous) is not None:
        return False
    names = [
        m["name"]
        for m in _KIND_NAMED.finditer(previous)
        if _OWNED.search(previous, max(m.start() - 40, 0), m.start()) is None
    ]
    return bool(names) and not any(_opens_on(doc, name, context) for name in names)


def _opens_on(doc: Doc, name: str, context: Context) -> bool:
    """The article opens on ``name`` (its first sentence, or its body's) or it is ours: the
    work the piece is about. A headline naming two works ("Tin Lid tops the chart as The Dunlin
    Barrow holds on") does not settle which."""
    if context.is_ours(name.removeprefix("The ")):
        return True
    firsts = doc.sentences[:1] + doc.body_sentences()[:1]
    return any(name in doc.text[s.start : s.end] for s in firsts)


def told_of_another(doc: Doc, chunk: str, start: int, evidence: str, context: Context) -> bool:
    """The time at ``start`` is another work's: named in its own sentence
    (:func:`~bot.extract.release_parts.of_another_work`), before an aside ("X’s second series,
    which Y is scoring, is due"), or the "it" of the sentence before."""
    return (
        of_another_work(chunk, start, context)
        or aside_subject_elsewhere(chunk, start, context)
        or another_work_it(doc, chunk, start, evidence, context)
    )
