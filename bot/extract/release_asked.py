"""What an interviewer or a heading asks, and the answers that take their meaning from it.

A shoot's day given as the answer to an interviewer's question: "When did you wrap?" / "The
14th of November, on a beach near Arles." The question names what the day is (a wrap or a
start); the answer's opening date is that day, in the past. A paragraph opening "There isn't
one." or "Not yet." under a heading or a question about the date ("Release date", "Is there a
date?") says no date is set."""

from __future__ import annotations

from bot.extract.dates import DATE_RE, parse_date
from bot.extract.release_asked_months import asked_months
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_MAX_HEADING_WORDS = 12
NONE_YET = lazy_pattern(
    r"[ ]*(?:[Tt]here(?:[ ]still)?(?:[ ]is(?:n['’]t|[ ]not)|[’']s[ ]no|[ ]isn['’]t)[ ](?:one|any)"
    r"(?:[ ]yet)?|(?:None|Not|Nothing)[ ](?:yet|so[ ]far)|(?:Still|As[ ]yet)[ ]none|TBC|TBA)\b"
)
_DATE_HEADING = lazy_pattern(
    r"(?i)\b(?:release[ ]date|premiere[ ]date|when[ ](?:(?!\b(?:trailer|teaser|look|poster|clip|"
    r"images?|photos?|stills?|tickets?|cast|soundtrack|book|sequel)\b).){0,60}"
    r"(?:out|released|arrive|premiere|back))"
)
"""A heading or question about the work's date, not its trailer's ("When is the trailer out?")."""
_ASKED_DATE = lazy_pattern(
    r"[ ]*(?:Q:[ ])?(?:Is[ ]there|Any)[ ](?:a[ ])?(?:release[ ])?date(?:[ ]yet)?[ ]?\?[ ]*"
)
"""An interview's bare question for the date, the whole of its paragraph ("Is there a date?",
"Any date yet?"): the work's, as nothing else is named (not "Season two? Any date yet?", "Have
you two set a date?")."""


def asks_for_date(doc: Doc, view: View) -> bool:
    """ "There isn't one." opening a paragraph under a heading ("Release date") or a question
    about the date ("When is it out?", an interview's "Is there a date?")."""
    para = view.span.para
    opening = doc.text[doc.paras[para].start : view.span.start].strip() == ""
    if para == 0 or not opening:
        return False
    previous = doc.paras[para - 1]
    short = len(doc.text[previous.start : previous.end].split()) <= _MAX_HEADING_WORDS
    if _ASKED_DATE.fullmatch(doc.text, previous.start, previous.end) is not None:
        return True
    return short and _DATE_HEADING.search(doc.text, previous.start, previous.end) is not None


_ASKED = lazy_pattern(
    r"(?:[A-Z][\w .’'-]{0,40}:[ ])?When[ ]did[ ](?:you|you[ ]all|they|we|filming|shooting|"
    r"the[ ]shoot|production|principal[ ]photography)[ ](?P<verb>wrap|finish|start|begin)"
    r"(?:[ ](?:filming|shooting|the[ ]shoot|production))?\?"
)
_LABEL = lazy_pattern(
    r"(?:[A-Z][\w .’'-]{0,40}:[ ])?(?:(?:It[ ]was|We[ ](?P<did>\w+)(?:[ ]on)?|On)[ ])?"
    r"(?:[Tt]he[ ])?"
)
"""What may open the answer before its date: a speaker's label, "It was", "We started on"."""
_ANSWERS = {
    "wrap": {"wrapped", "finished"},
    "finish": {"wrapped", "finished"},
    "start": {"started", "began", "rolled"},
    "begin": {"started", "began", "rolled"},
}
"""The verbs of a "We ... on" answer that tell the day asked for: not another step's ("We
rehearsed on 3 March", "We wrapped on 3 March" to "When did you start?") nor a hope's."""


def asked_shoot(doc: Doc) -> list[ReleaseFact]:
    """The shoot days answered straight after a question that asks for them, and the shoot's
    months told in an answer about the shoot (:mod:`.release_asked_months`)."""
    if "When did" not in doc.text or doc.date is None:
        return asked_months(doc)
    found: list[ReleaseFact] = []
    for para, after in zip(doc.paras, doc.paras[1:], strict=False):
        asked = _ASKED.fullmatch(doc.text, para.start, para.end)
        if asked is None:
            continue
        label = _LABEL.match(doc.text, after.start, after.end)
        if label is not None and label["did"] and label["did"] not in _ANSWERS[asked["verb"]]:
            continue
        start = label.end() if label is not None else after.start
        match = DATE_RE.match(doc.text, start, after.end)
        day = parse_date(match, doc.date, past=True) if match is not None else None
        if day is None or day > doc.date:
            continue
        done = asked["verb"] in {"wrap", "finish"}
        kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
        evidence = doc.text[para.start : after.end]
        found.append(ReleaseFact(kind, evidence, date=day))
    return found + asked_months(doc)
