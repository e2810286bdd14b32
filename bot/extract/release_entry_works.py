"""A date told of "the film" in a paragraph about one of two works the headline names.

A festival live blog or a double bill names two works in its headline ("Die Nachtfalter
premieres in competition, Heartstopper Forever fans take over Generation"); an entry about one
of them goes on "The film opens in German cinemas on 9 April". "The film" is the work that
entry names; unless that one is known as ours (its name's words, or the title), the date is held
rather than served as ours."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind, held

_THE_WORK = lazy_pattern(r"[ “\"‘']*(?:The|This)[ ](?:film|movie|series|show)[ ][a-z]")
"""The sentence opens on the work by its kind alone: "The film opens in ..."."""
_RUN = lazy_pattern(r"(?<![\w’'-])[A-Z][\w-]*(?:[ ](?:(?:of|the|and|at|in)[ ])?[A-Z][\w-]*)*")
"""A run of capitalised words: a name ("Die Nachtfalter", "Heartstopper Forever")."""
_OWNER = lazy_pattern(r"[’'](?:s\b|(?=[ ]))")
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})
_DOUBT = "“the film” of a paragraph about one of the two works the headline names"


def entry_works_held(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, with the dates told of "the film" of a paragraph naming one headline work held
    when the headline names another work too and the one named is not known as ours (by its
    name's words or the title served)."""
    ours = set(context.ours).union(
        *(f.title.split() for f in facts if f.kind is ReleaseKind.TITLE and f.served and f.title)
    )
    return [
        held(f, _DOUBT)
        if f.kind in _DATED and f.served and _of_one_of_two(doc, context, f.evidence, ours)
        else f
        for f in facts
    ]


def _of_one_of_two(doc: Doc, context: Context, evidence: str, ours: set[str]) -> bool:
    if _THE_WORK.match(evidence) is None:
        return False
    at = doc.text.find(evidence)
    if at < 0 or doc.title_para is None:
        return False
    sentence = doc.sentence_at(at)
    para = doc.paras[sentence.para]
    named = {
        token
        for run in _RUN.findall(doc.text, para.start, sentence.start)
        for token in _tokens(run)
        if token in context.headline
    }
    if not named or named & ours:
        return False  # no headline work named, or ours: "the film" is ours
    top = doc.paras[doc.title_para]
    for match in _RUN.finditer(doc.text, top.start, top.end):
        tokens = _tokens(match[0])
        if len(tokens) < 2 or tokens & named or _OWNER.match(doc.text, match.end()):
            continue  # one word, the entry's own work, or a maker ("X Y’s film")
        elsewhere = doc.text[top.end :].replace(doc.text[para.start : para.end], "")
        if match[0] in elsewhere:
            return True
    return False


def _tokens(run: str) -> set[str]:
    return {t for t in run.split() if t not in STOP_TOKENS}
