"""An interviewer's question about what the interviewee does next ("What's next for you?",
"What are you working on now?"): the answer that follows tells of another work, so its times
and names are that work's, not the article's own (unless the answer names ours)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NAMED = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}"
"""A name the question is put to or about: a guest's ("Ada", "Ada Vale") or a work's."""
_NEXT_QUESTION = lazy_pattern(
    r"[ ]*(?:Q[:.][ ]*|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?:[ ])?"
    r"(?:And[ ](?:so[ ])?)?(?:[Ww]hat(?:[’']s|[ ]is|[ ]comes)[ ]next|[Ww]hat(?:[’']s|[ ]is)[ ]up[ ]"
    r"next|[Ww]hat[ ]are[ ]you[ ](?:working[ ]on|doing|making|shooting)[ ](?:next|now)"
    r"|[Ww]hat[ ](?:will|do)[ ]you[ ](?:do|make|shoot)[ ]next)\b"
    rf"(?:[ ]for[ ](?P<whom>you(?:[ ](?:two|both|all))?|him|her|them|{_NAMED})(?:,[ ]{_NAMED})?)?"
    r"(?:,?[ ](?:then|now|after[ ][^?]{1,40}))?[ ]?\?[ ]*$"
)
"""The whole paragraph is the question, put to the interviewee: "Q: What's next for you?", "And
what comes next?", "What's next for you after Lumen?", "What's next for you, Ada?", "What's next
for Ada Vale?" (a guest the headline names is still no work); not one about the work ("What's
next for the show?", "What's next for Harrow Fell?"), whose answer tells of ours."""
_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]+")
_COMPARED = lazy_pattern(
    r"\b(?:(?:far|different|away)[ ]from|nothing[ ]like|unlike)[ ](?:the[ ])?"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}"
)
"""A work the answer names only to measure the next one against it: "about as far from Lumen as
you can get", "nothing like Lumen", "a world away from Lumen"; it does not make the answer ours."""


def next_work_answers(doc: Doc, is_known: Callable[[str], bool]) -> list[int]:
    """Starts of the sentences of each answer to a question about what comes next, unless the
    question is about our work (a known name that is not the guest's: the headline names the
    guest as often) or the answer names a word of the article's own work ("More Lanterns, we
    start in May") other than to compare ("a thriller, as far from Lanterns as it gets")."""
    if "next" not in doc.body and " now?" not in doc.body:
        return []
    found: list[int] = []
    for index, para in enumerate(doc.paras[:-1]):
        if index == doc.title_para or "?" not in doc.text[para.start : para.end]:
            continue
        question = _NEXT_QUESTION.match(doc.text, para.start, para.end)
        if question is None:
            continue
        answer = doc.paras[index + 1]
        text = doc.text[answer.start : answer.end]
        label = text.find(": ", 0, 40)
        whom = question["whom"] or ""
        if is_known(whom) and not _guest(doc, whom, text[: max(label, 0)]):
            continue  # "What's next for Harrow Fell?": ours
        told = _COMPARED.sub("", text[label + 2 if label > 0 else 0 :])
        words = _CAPITALISED.findall(told)
        if any(is_known(word) for word in words if word not in STOP_TOKENS):
            continue
        found.extend(v.span.start for v in doc.views if v.span.para == answer.para)
    return found


def _guest(doc: Doc, whom: str, label: str) -> bool:
    """Whether ``whom`` is the person the question is put to: the answer's speaker label names
    them ("OKAFOR:"), or one word is half of a full name the article gives ("Juno Okafor"); a
    name of two words or more is the guest's only by the label (a work's title is as long)."""
    words = whom.split()
    if any(word.upper() in label.upper().split() for word in words):
        return True
    if len(words) > 1:
        return False
    word = re.escape(whom)
    return (
        re.search(rf"\b[A-Z][\w’'-]+[ ]{word}\b|\b{word}[ ][A-Z][\w’'-]+\b", doc.body) is not None
    )
