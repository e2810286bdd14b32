"""An interview's answers, quotations without marks: a labelled paragraph ("ILM: Honestly, ...")
after the interviewer's question, and the unlabelled paragraphs that carry it on."""

from __future__ import annotations

from collections import Counter

from bot.extract.bare_answers import bare_answers
from bot.extract.interview_askers import askers, questions, same_asker
from bot.extract.narrated_paragraphs import narrated
from bot.extract.text import UPPER, Quote, Span
from bot.lazy_patterns import lazy_pattern

_LABEL_WORD = rf"{UPPER}[\w’'.\u0300-\u036f-]*"
"""A word of an interview label, a combining accent inside: "ADÉBÁYỌ̀"."""
_ANSWER_LABEL = lazy_pattern(
    r"(?:[\[(](?:\d{1,2}(?::\d{2}){1,2}|[A-Z]{2,10})[\])][ ]+)?(?:\*\*)?"  # "[00:01:12] ", "**"
    rf"(?P<label>{_LABEL_WORD}(?:[ ](?:&[ ])?{_LABEL_WORD}){{0,3}})"  # "FRAME & FOCUS"
    r"(?:[ ]\([^()\n]{1,30}\))?:(?:\*\*)?[ ]+(?=\S)"  # "AUDIENCE MEMBER (Cineuropa): ", "**"
)


_MAX_LABEL = 48
"""How far into a paragraph an interview label's colon can be ("Adaeze Holm-Okafor:")."""


def _names(text: str, para: Span, surnames: set[str]) -> bool:
    """A paragraph naming someone who answers ("Vale, whose last film ...") is the writer's."""
    words = set(text[para.start : para.end].replace(",", " ").replace("’s", " ").split())
    return any(len(name) > 3 and name in words for name in surnames)


_TIME_STAMP = "\x00"
_STAMP_LINE = lazy_pattern(r"\s*[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*$")
_MARKER_LINE = lazy_pattern(r"\s*(?:[\[(][^\])]{0,40}[\])]|[\d:.]+)\s*$")
"""A transcript line that is only a time stamp or a bracketed note."""
_TOPIC_HEADING = lazy_pattern(r"\s*[^.!?:;“”\"\n]{1,60}:\s*$")
"""A short line ending on a colon, with no sentence of its own: a write-up's heading over the next
exchange ("On the casting:", "Her first day:"), not the answer before carried on."""


def answers_in(text: str, paras: list[Span]) -> list[Quote]:
    """Interview answers: "Name: ..." (or initials) after the interviewer's question.

    The interviewer is whoever labels a question ("Vogue: How did ...?"); their paragraphs are
    never answers, even "Vogue: Tell us about Theo." without a question mark.
    """
    labels = [
        _ANSWER_LABEL.match(text, para.start, para.end)
        if ":" in text[para.start : para.start + _MAX_LABEL]
        else None
        for para in paras
    ]
    # Which paragraphs put a question, bold ones too ("**Q?**").
    asks = questions(text, paras, labels)
    asking = askers(labels, asks)
    named = {m["label"].split()[-1].title() for m in labels if m and m["label"] not in asking}
    turns = Counter(word for m in labels if m for word in set(m["label"].upper().split()))
    found: list[Quote] = []
    answered = ""  # the label of the answer just before, if the paragraph before was one
    for index in range(1, len(paras)):
        label, para = labels[index], paras[index]
        if label is not None and label["label"] in asking:
            found.append(Quote(label.end(), para.end, para.para, True, False, label["label"], True))
            answered = ""
            continue
        if label is None and _MARKER_LINE.match(text, para.start, para.end):
            if _STAMP_LINE.match(text, para.start, para.end):
                answered = answered or _TIME_STAMP  # a transcript's time: the next turn answers
            continue  # "[00:05:15]", "(Laughter)": nobody's words
        if label is None:
            after = labels[index + 1] if index + 1 < len(labels) else None
            follows = after is not None and (
                index + 2 < len(paras)
                or after["label"] in asking
                or any(turns[word] > 1 for word in after["label"].upper().split())
            )  # a speaker's turn ("Ada Vale:", then "Vale:" or "Ada:"), not a closing credit
            inside = answered and follows and not asks[index]  # cheap tests before the scans
            if inside and _TOPIC_HEADING.match(text, para.start, para.end):
                continue  # a heading between two turns: the exchange goes on after it
            if inside and not (_names(text, para, named) or narrated(text, para.start, para.end)):
                # An answer's further paragraph, inside the interview (a label follows).
                found.append(Quote(para.start, para.end, para.para, True, False, answered))
            else:
                answered = ""
            continue
        asker = labels[index - 1]
        if asks[index - 1] or same_asker(asker, asking) or answered:
            # After a question, or after another answer (two people answering in turn).
            found.append(Quote(label.end(), para.end, para.para, True, False, label["label"]))
            answered = label["label"]
    found += bare_answers(text, paras, labels, asks, Quote)  # "Q: ...?", then a bare answer
    return [q for q in found if q.label != _TIME_STAMP]
