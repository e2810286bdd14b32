"""Telling a work's title from a person's or a part's name.

Two witnesses: the few characters around the words (quotation marks, "the drama X", "wrote X",
"X star", "in X"), and credit lists. Award nominations and filmographies pair a person with a
work, line by line: ``Name – Work``, ``Name as Part – Work``, ``Name (Part, Work)``,
``Work (Distributor)``. A title that ends two or more such lines is a column of works, not a
part; a casting credited beside another work is that work's, not this article's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from enum import Enum

from bot.extract.context import Context, all_known
from bot.extract.crewwords import CREW_WORDS
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern


def names_a_work(words: str, text: str, *, loosely: bool = True) -> bool:
    """``words`` stand where titles do: in quotation marks, after a genre ("the drama X"), as
    what someone wrote or directed, before "star", owned at a clause's end ("Lumen's X,"); or,
    ``loosely``, "in" or "of" a work (not for a name that may be a person's: "for Ada").

    Each place the words occur is judged by the few characters around it.
    """
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        after = text[end : end + _AFTER_REACH]
        before = text[max(at - _BEFORE_REACH, 0) : at]
        whole = not _WORD_GOES_ON.match(after) and not _WORD_GOES_ON.match(before[-1:])
        if whole and _work_context(before, after, loosely=loosely):
            return True
        at = text.find(words, at + 1)
    return False


def _work_context(before: str, after: str, *, loosely: bool) -> bool:
    if _QUOTE_BEFORE.search(before) and _QUOTE_AFTER.match(after):
        return True
    if _GENRE_BEFORE.search(before) or _MADE_BEFORE.search(before):
        return True
    if after.startswith(" star") and not after[5:6].isalpha():
        return True
    if _OWNED_BEFORE.search(before) and after[:1] in {",", ".", ";"}:
        return True
    return loosely and _IN_BEFORE.search(before) is not None


_AFTER_REACH = 8
_BEFORE_REACH = 60
_THE = r"(?:The[ ])?"
_WORD_GOES_ON = lazy_pattern(r"[\w’'-]")
_QUOTE_BEFORE = lazy_pattern(rf"[“\"‘']{_THE}$")
_QUOTE_AFTER = lazy_pattern(r"[,.]?[”\"’'](?![\w])")
_GENRE_BEFORE = lazy_pattern(rf"{GENRE_NOUNS}[ ][“\"‘']?{_THE}$")
_MADE_BEFORE = lazy_pattern(rf"\b(?:wrote|directed|created|co-created|produced)[ ]{_THE}$")
_OWNED_BEFORE = lazy_pattern(rf"[’']s[ ]{_THE}$")
_IN_BEFORE = lazy_pattern(rf"\b(?:in|on|for|of)[ ](?:the[ ])?[“\"‘']?{_THE}$")

_LINE_WORK = lazy_pattern(r"(?:[ ][–—-][ ]|,[ ])(?P<work>[^–—(),\n]{1,60}?)(?P<bracket>\))?[ ]*$")
"""The work a credit line ends with: "... – Work" or "... (Part, Work)"."""
_CREDIT_LINE_MAX = 120
CAST_LABEL = lazy_pattern(
    r"^[ ]*(?:Starring|Also[ ]starring|Stars|Cast|Main[ ]cast|Cast[ ]list|The[ ]cast)"
    r"(?:[ ]\([^()]{1,20}\))?:[ ]"
)
"""A cast list's label opening its line ("Starring: ", "Cast (in order of appearance): "): what
its dashes pair are actors and parts, so no name on it is a work the line is credited beside."""


def line_work(line: str) -> str:
    """The capitalised words after a credit line's last dash, if the line is short."""
    if len(line) > _CREDIT_LINE_MAX or ("–" not in line and "—" not in line):
        return ""
    if CAST_LABEL.match(line):
        return ""  # "Cast: Ada Vale – Mira Holt; Tom Reyes – Jon Pike": the last is a part
    match = _LINE_WORK.search(line)
    if match is None or match["bracket"] is not None or not match["work"][:1].isupper():
        return ""
    if _DESCRIBED.match(match["work"]):
        return ""  # "Mira Holt, Ada's older sister": who the part is, not a work
    return match["work"]


_DESCRIBED = lazy_pattern(r"[A-Z][\w-]*[’']s[ ][a-z][\w’'-]*(?:[ ][a-z][\w’'-]*)*[ ]?$")
"""Who a part is ("Ada's older sister"). One space between words, so a run of words that does
not end the line fails at once (a space that could be there or not made it try every split)."""


def work_column(doc: Doc) -> frozenset[str]:
    """Titles that end two or more short lines after a dash: a list's column of works."""
    text = doc.text
    if "–" not in text and "—" not in text:
        return frozenset()
    counts = Counter(line_work(text[p.start : p.end]) for p in doc.paras)
    return frozenset(work for work, count in counts.items() if work and count > 1)


class Credit(Enum):
    """What a casting's credit line says about it."""

    OURS = "ours"
    OTHER = "other"
    """Credited beside another work, or one side is a work: not this article's casting."""
    UNSURE = "unsure"
    """Credited beside a work the article does not otherwise name: held."""


def judge_credit(
    actor: str, character: str, work: str, works: frozenset[str], context: Context
) -> Credit:
    """Whether the casting ``actor`` as ``character``, on a line ending in ``work`` (or beside
    it, where the form names one), is the article's own."""
    if actor in works or character in works:
        return Credit.OTHER
    if not work:
        return Credit.OURS
    if work in (actor, character):  # "A – B": which side is a work?
        return Credit.OTHER if work in works or all_known(work, context) else Credit.OURS
    if all_known(work, context):
        return Credit.OURS
    return Credit.OTHER if work in works else Credit.UNSURE


_CATEGORY = lazy_pattern(
    r"(?:Best|Outstanding)[ ](?:[A-Z][\w-]*[ ]){0,3}?(?P<noun>Director|Direction|Directing|"
    r"Screenplay|Writing|Script|Score|Music|Composer|Editing|Editor|Cinematography|Casting)$"
)
"""An award category that credits a crew role ("Best Original Score")."""
_NOMINEES = lazy_pattern(rf"(?P<names>{NAME}(?:[ ](?:and|&)[ ]{NAME})?)[ ][–—-][ ]")
_BULLETED = lazy_pattern(
    rf"[-•*][ ](?P<names>{NAME}(?:[ ](?:and|&)[ ]{NAME})?),[ ]"
    r"(?P<work>[A-Z][^–—(),\n]{0,60}?)[ ]*"
)
"""A bulleted nominee line: "- Ada Vale, Brass Ferry" (the work after the comma)."""


def nominee_credits(doc: Doc, context: Context) -> Iterator[tuple[str, CrewRole, str]]:
    """Crew named under an award category, for the article's own work ("Best Director" /
    "Ada Vale – Linnet Wharf"): (name, role, line)."""
    role: CrewRole | None = None
    if "Best " not in doc.text and "Outstanding " not in doc.text:
        return
    for para in doc.paras:
        line = doc.text[para.start : para.end].strip()
        category = _CATEGORY.fullmatch(line) if line.startswith(("Best ", "Outstanding ")) else None
        if category is not None:
            role = CREW_WORDS[category["noun"].lower()]
            continue
        work = line_work(line) if role is not None else ""
        bullet = _BULLETED.fullmatch(line) if role is not None and not work else None
        work = bullet["work"] if bullet is not None else work
        if not work:
            role = None
            continue
        nominees = bullet or _NOMINEES.match(line)
        if role is not None and nominees is not None and all_known(work, context):
            for name in re.split(r"[ ](?:and|&)[ ]", nominees["names"]):
                yield name, role, line
