"""The interviewee's other work, in a question-and-answer piece: a work that is the subject of a
release verb, named by an answer ("But first, Red Pier comes out in Irish cinemas in April, and
I play ...") or, in the writer's own lines, as the interviewee's ("Lund's Dry Season is on Mubi
from 5 May", the piece's closing note). Its time is not the production's when nothing in the
sentence names ours (neither in the headline nor known as the film's).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.release_words import CAPITALISED
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_SUBJECT = lazy_pattern(
    r"[ “\"‘]*(?:(?:But|And|So|Then|Meanwhile|Also|Next|First)(?:[ ]first)?,?[ ])?"
    r"(?:(?P<owner>[A-Z][\w’'-]*)[’']s[ ])?"
    r"(?P<name>(?:The[ ]|An?[ ])?(?P<head>[A-Z][\w’'&+-]*)"
    r"(?:[ ](?:[A-Z][\w’'&+-]*|of|the|and|in|on|at|a)){0,5}?)[ ](?:also[ ]|finally[ ]|now[ ])?"
    r"(?:comes[ ]out|is[ ](?:out|on|streaming|available)|opens|arrives|lands|hits|premieres|"
    r"debuts|streams|airs)[ ]"
)
"""A work as the sentence's subject, bare or owned, with a release verb straight after it."""
_OPENS = lazy_pattern(r"[ “\"‘]*[A-Z]")
"""A sentence opening on a capital, as a work's name or an answer's label does."""


def interviewee_work(doc: Doc, view: View, context: Context) -> bool:
    """The sentence dates a work the interviewee answers about, or one the writer names as the
    interviewee's, that is not ours."""
    if not (context.ours or context.headline) or not _OPENS.match(view.chunk):
        return False
    answers = [quote for quote in doc.quotes if quote.label and not quote.asking]
    if not answers:
        return False  # no question-and-answer piece: no interviewee
    answer = next((q for q in answers if q.para == view.span.para), None)
    at = max(answer.start - view.span.start, 0) if answer is not None else 0
    subject = _SUBJECT.match(view.chunk, at)  # after the label: "IBARRA: Red Pier comes out"
    if subject is None or subject["head"] in STOP_TOKENS:
        return False
    words = CAPITALISED.findall(view.chunk[: subject.start()] + view.chunk[subject.start("name") :])
    if any(context.is_known(word) for word in words):
        return False  # "Red Pier opens in May, and Lanterns in June": ours is dated too; a
    # label that is our name ("Lanterns: The Long Night premieres ...") is no interviewee's
    if answer is not None:
        return True
    owner = subject["owner"]
    return owner is not None and any(q.label.split()[-1].title() == owner for q in answers)
