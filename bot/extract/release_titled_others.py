"""A date told of another work the headline names, once the title says which work is ours.

A profile's headline may name two works ("From X to Y: an actor's fast year"); both are known,
so neither is told apart by the headline. Once the title is found as one of them, a sentence
with the other as its subject ("Y, a drama directed by Z, reaches cinemas on 27 November", "Y
opens on 27 November") dates that other work, not ours."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.release_capital_titles import spelled_titles
from bot.extract.release_parts import WORK_RETURNS
from bot.extract.release_told_apart_titles import told_apart_title
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind

_APPOSED_WORK = lazy_pattern(
    r"[ “\"‘']*(?P<name>[A-Z][\w’'&-]*(?:[ ](?:of|the|at|in|on|and|a|an|[A-Z][\w’'&-]*)){0,5})"
    r",[ ](?:a|an|the)[ ][^,;:“”\"]{2,140}"
    r",[ ](?:now[ ]|also[ ]|finally[ ])?"
    r"(?:returns|arrives|lands|premieres|debuts|airs|hits|opens|reaches|launches|"
    r"is[ ](?:back|out|released|due))[ ]"
)
"""The subject's name, an apposition on it, then the release verb it governs."""
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})


def with_title(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts with the title told apart (if any), less the dates told of another work the
    headline names when that title is a different one."""
    found = spelled_titles(doc.text, facts + told_apart_title(doc, context, facts))
    titles = {f.title for f in found if f.kind is ReleaseKind.TITLE and f.served and f.title}
    if len(titles) != 1:
        return found
    ours = _tokens(titles.pop())
    return [f for f in found if f.kind not in _DATED or not _of_another(f.evidence, ours, context)]


def _of_another(evidence: str, ours: set[str], context: Context) -> bool:
    match = WORK_RETURNS.match(evidence) or _APPOSED_WORK.match(evidence)
    if match is None:
        return False
    name = _tokens(match["name"].replace(":", ""))
    return bool(name) and context.is_known(" ".join(name)) and not name & ours


def _tokens(name: str) -> set[str]:
    return {t for t in name.split() if t not in STOP_TOKENS}
