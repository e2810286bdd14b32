"""An interview's answers printed without quotation marks or a label, for
:mod:`bot.extract.text`: a question line ("Q: Was the shoot hard?", or a whole paragraph in bold,
"**Was the shoot hard?**") followed by the answer as a bare paragraph ("Brutal, honestly. I slept
in the van."). The paragraph right after each question is an answer; whose it is, is left to the
"A:" reading (the person the headline is about, or the one person quoted by name before the
questions). Only a run of such pairs whose answers speak in the first person counts: a guide's
bold questions ("**When does it open?**") answered in the writer's own voice are no interview.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from bot.extract.narrated_paragraphs import narrated


class _Bounded(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_Quote = TypeVar("_Quote")


_QUESTION_LABELS = frozenset({"Q", "Q."})
_BOLD_LINE = re.compile(r"\s*\*\*[^*\n]+\*\*\s*$")
"""A paragraph wholly in bold: an interviewer's question printed as a heading."""
_ANSWER_START = re.compile(r"\s*[A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ]")
"""An answer opens on a word, not a quotation mark, a bracket or markup."""
_FIRST_PERSON = re.compile(r"\b(?:I|I’[a-z]+|I'[a-z]+|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")
_MIN_PAIRS = 2
"""Fewer questions answered than this is no Q&A."""


def bare_answers(
    text: str,
    paras: Sequence[_Bounded],
    labels: Sequence[re.Match[str] | None],
    asks: Sequence[bool],
    quote: Callable[[int, int, int, bool, bool, str], _Quote],
) -> list[_Quote]:
    """The paragraphs that answer a question line unlabelled, as ``quote(start, end, para, True,
    False, "A")`` ("A:" unwritten), when the article has at least :data:`_MIN_PAIRS` such answers
    and most of them say "I" or "we"."""
    found: list[int] = []
    for index in range(len(paras) - 1):
        if not _is_question(text, paras[index], labels[index], asks[index]):
            continue
        after = index + 1
        para = paras[after]
        if (
            labels[after] is None
            and not asks[after]
            and not _BOLD_LINE.match(text, para.start, para.end)
            and _ANSWER_START.match(text, para.start, para.end)
            and not narrated(text, para.start, para.end)
        ):
            found.append(after)
    voiced = sum(
        1 for i in found if _FIRST_PERSON.search(text, paras[i].start, paras[i].end) is not None
    )
    if len(found) < _MIN_PAIRS or 2 * voiced <= len(found):
        return []
    return [quote(paras[i].start, paras[i].end, i, True, False, "A") for i in found]


def _is_question(text: str, para: _Bounded, label: re.Match[str] | None, asks: bool) -> bool:
    """A "Q:" line, or a paragraph wholly in bold that asks ("**And the ending? Fans want to
    know.**")."""
    if label is not None:
        return label["label"] in _QUESTION_LABELS
    return _BOLD_LINE.match(text, para.start, para.end) is not None and (
        asks or "?" in text[para.start : para.end]
    )
