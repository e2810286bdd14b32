"""An interview's answers printed without quotation marks or a label, for
:mod:`bot.extract.text`: a question line ("Q: Was the shoot hard?", a whole paragraph in bold,
"**Was the shoot hard?**", or a short plain paragraph asking it) followed by the answer as a bare
paragraph ("Brutal, honestly. I slept in the van."). The paragraph right after each question is
an answer; whose it is, is left to the "A:" reading (the person the headline is about, or the
one person quoted by name before the questions). Only a run of such pairs whose answers speak in
the first person counts: a guide's questions ("When does it open?") answered in the writer's own
voice are no interview. Plain questions need answers that say "I", as a guide says "we" too,
unless the article calls itself an edited interview ("This interview has been edited for length
and clarity."): there a director's "We shot it in Bristol" answers as well, and so does any
answer to a question put to "you", marked ("Q:") or plain. A short plain
statement counts as a question when the next paragraph opens on a reply word ("Yes — ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.extract.interview_askers import FIRST_PERSON, PROMPT, Bounded, ends_on_question
from bot.extract.narrated_paragraphs import told_by_writer, writer_narrates
from bot.lazy_patterns import lazy_pattern

_Quote = TypeVar("_Quote")


_QUESTION_LABELS = frozenset({"Q", "Q."})
_BOLD_LINE = lazy_pattern(r"\s*\*\*[^*\n]+\*\*\s*$")
"""A paragraph wholly in bold: an interviewer's question printed as a heading."""
_ANSWER_START = lazy_pattern(r"\s*[A-Z0-9\u00c0-\u00de]")
"""An answer opens on a word, not a quotation mark or markup. One opening on a stage cue
("[Laughs] Not yet.") is left: the batches disagree whether the cue is part of the answer."""
_I_OR_WE = lazy_pattern(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")
_MIN_PAIRS = 2
"""Fewer questions answered than this is no Q&A."""
_MIN_PLAIN_PAIRS = 3
"""Questions printed as plain paragraphs need a longer run: a writer asks a question or two."""
_MAX_PLAIN_QUESTION = 240
_REPLY = lazy_pattern(
    r"\s*(?:Yes|No|Yeah|Well|Sure|Absolutely|Definitely|Exactly)(?:[,.!]|[ ]?[—–]|[ ]-[ ])"
)
"""An answer opening on a reply word and a mark ("Yes — ...", "No, ..."; never "No one ...",
"Well worth ..."): inside a Q&A the paragraph before it put a question without a question mark, a
statement for the guest to take up ("People say the ending divides viewers." - "Yes — ...")."""
_TAKEN_UP = lazy_pattern(
    r"\s*(?:It|That|They|He|She)[ ](?:is|was|are|were|does|did|has|had)(?:[,.!]|[ ]?[—–])"
)
"""An answer taking up the statement as its own ("It is. ...", "That was, yes."): inside a Q&A
the statement before it was put to the guest. A paragraph merely opening on "I" is not enough:
the writer's own narration after a scene ("I ask about the end.") opens so too."""
_MARKS = lazy_pattern(r"[“”\"‘]")
_YOU = lazy_pattern(r"\b(?:[Yy]ou|[Yy]our|[Yy]ourself)\b")
"""A plain question put to the guest ("How did you prepare?"): one answer that speaks of others
("Eoin used to be a nurse ...") still answers an interviewer."""
_READERS_QUESTION = lazy_pattern(
    r"\bcan[ ]you[ ](?:watch|stream|catch|buy|book)\b(?![ ](?:your|yourself|back)\b)|"
    r"\bdo[ ]you[ ]need[ ]to[ ](?:watch|see|have[ ]seen|read)\b",
    re.IGNORECASE,
)
"""A guide's question put to the reader ("Where can you watch it?", "Do you need to have seen
series one?"): its answer is the writer's, even inside an interview's run of questions."""
_EDITED = lazy_pattern(
    r"\b(?:[Ii]nterview|[Cc]onversation|[Tt]ranscript)[ ](?:has|have)[ ]been[ ](?:lightly[ ])?"
    r"(?:edited|condensed)\b"
)
"""The article's own note that it prints an interview: its plain questions are an
interviewer's, so "we" in the answers is the guest's."""


def bare_answers(
    text: str,
    paras: Sequence[Bounded],
    labels: Sequence[re.Match[str] | None],
    asks: Sequence[bool],
    quote: Callable[[int, int, int, bool, bool, str], _Quote],
) -> list[_Quote]:
    """The paragraphs that answer a question line unlabelled, as ``quote(start, end, para, True,
    False, "A")`` ("A:" unwritten), when the article has at least :data:`_MIN_PAIRS` such answers
    (:data:`_MIN_PLAIN_PAIRS` after plain questions) and most of them say "I" ("we" will do
    after marked questions)."""
    marked: list[int] = []
    plain: list[int] = []
    for index in range(len(paras) - 1):
        kind = _question(text, paras[index], labels[index], asks[index])
        para = paras[index + 1]
        if kind is None and _within(text, paras, labels, asks, index, answers=marked + plain):
            kind = False if _replies(text, paras[index], para) else None
        if (
            kind is not None
            and labels[index + 1] is None
            and not ends_on_question(text, para)
            and not _BOLD_LINE.match(text, para.start, para.end)
            and _ANSWER_START.match(text, para.start, para.end)
            and not told_by_writer(text, para.start, para.end)
            and not _READERS_QUESTION.search(text, paras[index].start, paras[index].end)
        ):
            (marked if kind else plain).append(index + 1)
    edited = bool(marked or len(plain) >= _MIN_PLAIN_PAIRS) and _EDITED.search(text) is not None
    found = _voiced(text, paras, marked, _I_OR_WE, _MIN_PAIRS, addressed=edited)
    if len(plain) >= _MIN_PLAIN_PAIRS:  # else none: the whole text's note is not looked for
        voice = _I_OR_WE if edited else FIRST_PERSON
        found += _voiced(text, paras, plain, voice, _MIN_PLAIN_PAIRS, addressed=True)
    return [quote(paras[i].start, paras[i].end, i, True, False, "A") for i in sorted(found)]


def _replies(text: str, prompt: Bounded, para: Bounded) -> bool:
    """``para`` takes up the statement ``prompt`` put inside a Q&A: it opens on a reply word, or
    the statement addresses the guest ("You worked with a new crew this time.", "Tell us about
    Theo.": only the asker speaks so) and ``para`` answers in the first person."""
    if _REPLY.match(text, para.start, para.end) or _TAKEN_UP.match(text, para.start, para.end):
        return True
    opening = PROMPT.match(text, prompt.start, prompt.end)
    return (
        opening is not None
        and FIRST_PERSON.search(text, para.start, para.end) is not None
        and not writer_narrates(
            text, para.start, para.end, scene=opening[0].strip().startswith("There")
        )
    )


def _voiced(
    text: str,
    paras: Sequence[Bounded],
    found: list[int],
    person: re.Pattern[str],
    least: int,
    *,
    addressed: bool = False,
) -> list[int]:
    """``found`` if at least ``least`` answers, most of them in the first ``person`` (or, when
    ``addressed``, put to "you": "What does your mum think?" asks the guest, not a reader)."""
    voiced = sum(
        1
        for i in found
        if person.search(text, paras[i].start, paras[i].end)
        or (addressed and _YOU.search(text, paras[i - 1].start, paras[i - 1].end) is not None)
    )
    return found if len(found) >= least and 2 * voiced > len(found) else []


def _within(
    text: str,
    paras: Sequence[Bounded],
    labels: Sequence[re.Match[str] | None],
    asks: Sequence[bool],
    index: int,
    *,
    answers: list[int],
) -> bool:
    """Paragraph ``index`` is a statement put inside a Q&A: the paragraph before it answered a
    question (taken as an answer, or right after one), a question follows its reply (or another
    statement and its reply), and it is a prompt (:func:`_prompt`)."""
    before, after = index - 2, index + 2
    return (
        (index - 1 in answers or _asked(text, paras, labels, asks, before))
        and (
            _asked(text, paras, labels, asks, after)
            or (  # two statements in turn, then a question ("It is." - "And the ending?")
                after < len(paras)
                and _prompt(text, paras[after], labels[after])
                and _asked(text, paras, labels, asks, after + 2)
            )
        )
        and _prompt(text, paras[index], labels[index])
    )


def _asked(
    text: str,
    paras: Sequence[Bounded],
    labels: Sequence[re.Match[str] | None],
    asks: Sequence[bool],
    index: int,
) -> bool:
    """Paragraph ``index`` exists and is a question line (:func:`_question`)."""
    return 0 <= index < len(paras) and (
        _question(text, paras[index], labels[index], asks[index]) is not None
    )


def _prompt(text: str, para: Bounded, label: re.Match[str] | None) -> bool:
    """A short plain paragraph the asker could have said: no label, no quotation marks, no "I"
    ("People say the ending divides viewers.")."""
    return (
        label is None
        and para.end - para.start <= _MAX_PLAIN_QUESTION
        and not _MARKS.search(text, para.start, para.end)
        and not FIRST_PERSON.search(text, para.start, para.end)
    )


def _question(text: str, para: Bounded, label: re.Match[str] | None, asks: bool) -> bool | None:
    """True for a "Q:" line or a paragraph wholly in bold that asks ("**And the ending? Fans
    want to know.**"); False for a short plain paragraph ending on a question mark, the asker
    not speaking of themselves ("How did the part come about?"); else None."""
    if label is not None:
        return True if label["label"] in _QUESTION_LABELS else None
    if _BOLD_LINE.match(text, para.start, para.end):
        return True if asks or "?" in text[para.start : para.end] else None
    if (
        ends_on_question(text, para)
        and para.end - para.start <= _MAX_PLAIN_QUESTION
        and not FIRST_PERSON.search(text, para.start, para.end)
    ):
        return False
    return None
