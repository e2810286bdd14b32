"""A shoot's day given as the answer to an interviewer's question: "When did you wrap?" / "The
14th of November, on a beach near Arles." The question names what the day is (a wrap or a
start); the answer's opening date is that day, in the past."""

from __future__ import annotations

import re

from bot.extract.dates import DATE_RE, parse_date
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind

_ASKED = re.compile(
    r"(?:[A-Z][\w .’'-]{0,40}:[ ])?When[ ]did[ ](?:you|you[ ]all|they|we|filming|shooting|"
    r"the[ ]shoot|production|principal[ ]photography)[ ](?P<verb>wrap|finish|start|begin)"
    r"(?:[ ](?:filming|shooting|the[ ]shoot|production))?\?"
)
_LABEL = re.compile(
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
    """The shoot days answered straight after a question that asks for them."""
    if "When did" not in doc.text or doc.date is None:
        return []
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
    return found
