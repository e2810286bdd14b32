"""A credit given as the answer to a question, as FAQ blocks and explainers give it.

"Q: Who directed it?" then "A: Rana Velic, who also made ..." credits Rana Velic; the question
must ask about the article's own production ("it", "the film", "the series", or its title), and
the answer must open with a full name standing alone ("A: Not yet announced." credits nobody).
An interviewer asking after the interviewee's own maker ("And your director?") is answered by a
full name standing alone or saying what the person is ("X is the calmest person I know").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewwords import CREW_WORDS
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERB_WORDS = (
    "directed",
    "directing",
    "director",
    "wrote",
    "writing",
    "writer",
    "screenwriter",
    "created",
    "creator",
    "scored",
    "composed",
    "scoring",
    "composer",
    "edited",
    "editor",
    "cinematographer",
)
_QUESTION = lazy_pattern(
    r"^(?:Q(?:uestion)?[:.][ ]*)?Who(?:[ ]is|[ ]was|['’]s)?[ ](?:the[ ])?"
    r"(?P<verb>" + "|".join(_VERB_WORDS) + r")[ ]?"
    r"(?:(?:of|on|for)[ ])?(?P<work>it|this|(?:the|this)[ ](?:new[ ])?(?:film|movie|series|show|"
    r"season|adaptation)|[A-Z][^?]{0,60})?\?$"
)
"""The question: "Who directed it?", "Q: Who's writing the film?", "Who is the composer?"."""
_ANSWER = lazy_pattern(rf"^(?:A(?:nswer)?[:.][ ]*)?(?P<name>{FULL_NAME})(?=[,.;]|$|[ ][(–—-])")
"""The answer's opening name, standing alone: "A: Rana Velic, who ..."."""
_TURN_LABEL = lazy_pattern(r"^(?:\*\*)?(?:[A-Z][\w’'.-]*[ ]){0,2}[A-Z][\w’'.-]*:(?:\*\*)?[ ]+")
"""An interview turn's speaker label ("COLLIDER: ", "ADA VALE: ", "**Ada Vale:** "), read past."""
_YOUR_ROLE = lazy_pattern(
    r"^(?:(?:And|So)[ ]|What[ ]about[ ]|How[ ]about[ ])?your[ ]"
    r"(?P<verb>director|writer|screenwriter|composer|cinematographer|editor)\?$",
    re.IGNORECASE,
)
"""An interviewer asking after the interviewee's own maker: "And your director?"."""
_NAMED_ANSWER = lazy_pattern(
    rf"^(?P<name>{FULL_NAME})[ ](?:is|was|has[ ]been)[ ](?:just[ ]|simply[ ])?(?:the|a|an|so)[ ]"
)
"""An answer that opens on a name and says what the person is: "X is the calmest person"."""
_VAGUE = lazy_pattern(
    r"^(?P<lead>[^?]{0,80}[.!][ ]+)(?:And[ ]|So[ ])?Who[ ](?:did|does|is[ ]doing|made|wrote)[ ]"
    r"(?:it|that)\?$"
)
"""A question whose job the sentence before names: "The score is unusual. Who did it?"."""
_NOUN = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Yy]our)[ ](?:film’s[ ]|film's[ ])?"
    r"(?P<noun>score|music|soundtrack|script|screenplay|cinematography|editing)\b"
)
_NOUN_ROLE = {
    "score": CrewRole.COMPOSER,
    "music": CrewRole.COMPOSER,
    "soundtrack": CrewRole.COMPOSER,
    "script": CrewRole.WRITER,
    "screenplay": CrewRole.WRITER,
    "cinematography": CrewRole.CINEMATOGRAPHER,
    "editing": CrewRole.EDITOR,
}


def _asked_role(line: str) -> tuple[CrewRole, str | None] | None:
    """The role a question asks about, and the work it names (None: its own production)."""
    question = _QUESTION.match(line)
    if question is not None:
        return CREW_WORDS[question["verb"]], question["work"]
    yours = _YOUR_ROLE.match(line) if "our " in line else None
    if yours is not None:
        return CREW_WORDS[yours["verb"].lower()], "your"
    vague = _VAGUE.match(line)
    if vague is None:
        return None
    nouns = {m["noun"] for m in _NOUN.finditer(vague["lead"])}
    return (_NOUN_ROLE[nouns.pop()], None) if len(nouns) == 1 else None


_Q_LABEL = lazy_pattern(r"^Q(?:uestion)?[:.][ ]")
_DID_IT = lazy_pattern(
    rf"^(?:A(?:nswer)?[:.][ ]*)?(?P<name>{FULL_NAME})[ ](?:(?:also|actually)[ ])?"
    r"(?P<verb>wrote|composed|scored|did|shot|edited|cut)[ ](?:it|that|them)\b"
)
"""An answer that names who did the job the question remarked on: "A: X wrote it."."""
_DID_ROLES = {
    "wrote": {CrewRole.COMPOSER, CrewRole.WRITER},
    "composed": {CrewRole.COMPOSER},
    "scored": {CrewRole.COMPOSER},
    "shot": {CrewRole.CINEMATOGRAPHER},
    "edited": {CrewRole.EDITOR},
    "cut": {CrewRole.EDITOR},
}


def _remarked_role(line: str) -> CrewRole | None:
    """The one job an interviewer's remark names: "Q: The score is very sparse."."""
    if _Q_LABEL.match(line) is None:
        return None
    nouns = {m["noun"] for m in _NOUN.finditer(line)}
    return _NOUN_ROLE[nouns.pop()] if len(nouns) == 1 else None


def _remark_answered(role: CrewRole, answer_line: str) -> str | None:
    """The name an answer gives as the one who did the remarked job, if its verb fits."""
    match = _DID_IT.match(answer_line)
    if match is None or STOP_TOKENS.intersection(match["name"].split()):
        return None
    fits = _DID_ROLES.get(match["verb"])
    return match["name"] if fits is None or role in fits else None


def answered_credits(doc: Doc, context: Context) -> Iterator[tuple[str, CrewRole, str]]:
    """(name, role, evidence) for each crew question the next paragraph answers with a name."""
    remarks = "Q:" in doc.text or "Q." in doc.text
    yours = "our " in doc.text and "?" in doc.text
    if not remarks and not yours and ("Who" not in doc.text or "?" not in doc.text):
        return
    paras = [p for p in doc.paras if p.para != doc.title_para]
    for index, para in enumerate(paras[:-1]):
        line = doc.text[para.start : para.end].strip()
        remarked = _remarked_role(line) if remarks and "Who" not in line else None
        if remarked is not None:
            after = paras[index + 1]
            answer_line = doc.text[after.start : after.end].strip()
            name = _remark_answered(remarked, answer_line)
            first = next((s for s in doc.sentences if s.para == after.para), None)
            if name and (first is None or first.start not in context.foreign):
                yield name, remarked, answer_line
            continue
        if not line.endswith("?") or ("Who" not in line and "our " not in line):
            continue
        asked = _asked_role(_TURN_LABEL.sub("", line, count=1))
        if asked is None:
            continue
        role, work = asked
        if work and work[:1].isupper() and not context.is_ours(work):
            continue  # "Who directed Lumen?": another work's credit
        after = paras[index + 1]
        answer_line = _TURN_LABEL.sub("", doc.text[after.start : after.end].strip(), count=1)
        answer = _ANSWER.match(answer_line)
        if answer is None and work == "your":
            answer = _NAMED_ANSWER.match(answer_line)  # "X is the calmest person I know"
        if answer is None or STOP_TOKENS.intersection(answer["name"].split()):
            continue
        first = next((s for s in doc.sentences if s.para == after.para), None)
        if first is not None and first.start in context.foreign:
            other = context.foreign_from.get(first.start, 0)
            if other <= answer_line.find(answer["name"]) + len(answer["name"]):
                continue  # the answer is about another production ("Elsewhere", a round-up)
        yield answer["name"], role, answer_line
