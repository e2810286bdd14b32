"""The film's own cinema opening told long after it ("it opened in UK cinemas on 7 October", "When
“Tallow Road” opened in cinemas on 7 October last year", "Harbourlight released Tallow Road in UK
and Irish cinemas on 7 October", "Tallow Road was released in cinemas on 7 October"): an awards or
box-office piece's release date, kept however far past. Only where the film opening is the
article's own (named, or "it"; a name the headline alone gives counts, as an awards piece's "how
‘X’ went from ..." does); another work's past opening ("her last film, Marrow Field, opened in
cinemas on ...") is not. The opening may follow a past premiere in the same clause ("it premiered
at a festival in May and quietly opened in UK cinemas on 14 November"). The opening told as the
step after a past one ("The film, which had its premiere at a festival on 2 October before opening
in cinemas on 7 November, has taken ...", "It premiered in Venice, before opening in Irish cinemas
on 7 November") is the same past opening."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import GENRE_NOUNS, PERSON_VERBS

_NAME = r"[A-Z][\w’'-]*(?:[ ](?:(?:of|for|the|a|and|to)[ ])?[A-Z][\w’'-]*){0,4}"
_EVENT_VERBS = r"(?:premiered|screened|played|debuted|bowed)"
"""A past festival or preview event before the opening."""
_CINEMAS = r"in[ ](?:(?:the[ ])?[A-Z][\w]*(?:[ ]and[ ][A-Z]\w*)?[ ])?(?:cinemas|theatres|theaters)"
_OPENED = lazy_pattern(
    rf"(?:(?!It\b)(?P<name>{_NAME})|(?P<pronoun>\b[Ii]t))[”\"’]?,?[ ]"
    rf"(?:{_EVENT_VERBS}\b[^;]{{0,80}}?[ ]and[ ])?"
    r"(?:(?:quietly|finally|later|then|subsequently|eventually)[ ])?"
    r"(?:opened|premiered|arrived|debuted|was[ ]released"
    rf"|released[ ][“\"‘]?(?P<object>{_NAME})[”\"’]?)"
    rf"[ ]{_CINEMAS}[ ]on[ ]$"
)
_AFTER_PAST = lazy_pattern(
    rf"^[ “\"]*(?:(?:The|This)[ ](?:film|movie|feature|drama)|It|(?P<name>{_NAME}))\b"
    rf"[^;]*?\b(?:had|{_EVENT_VERBS})\b[^;]*?[ ]"
    rf"(?:before|after|then)[ ](?:opening|arriving)[ ]{_CINEMAS}[ ]on[ ]$"
)
_SUBJECT_IT = lazy_pattern(r"[ “\"]*(?:[^,;]+,[ ])?$")
"""What may stand before "it" as the opening's subject: nothing, or one opening apposition ("A
small drama about two sisters, it premiered ..."); not a relative clause whose object "it" is
("Marrow Field, the drama that beat it, premiered ...")."""
_RELATIVE = lazy_pattern(r"\b(?:that|which|who|whom|whose)\b")
_UNSURE = lazy_pattern(r"\b(?:will|would|set[ ]to|due[ ]to|is[ ]to|expected|hopes?|plans?)\b")


def opened_in_cinemas(chunk: str, start: int, context: Context) -> bool:
    """The date at ``start`` is the day the article's own film opened in cinemas."""
    if "cinemas on" not in chunk and "theat" not in chunk:
        return False
    if not (context.ours or context.headline):
        return False
    match = _OPENED.search(chunk, max(0, start - 140), start)
    if match is None:
        return _opened_after(chunk[:start], context)
    if match["object"] is not None:
        return context.is_known(match["object"])
    if match["pronoun"] is not None:
        before = chunk[: match.start("pronoun")]
        return _SUBJECT_IT.fullmatch(before) is not None and _RELATIVE.search(before) is None
    return context.is_known(match["name"])


def _opened_after(before: str, context: Context) -> bool:
    """The film (the sentence's subject) opened in cinemas after a past premiere or screening."""
    match = _AFTER_PAST.search(before)
    if match is None or _UNSURE.search(before) is not None:
        return False
    return match["name"] is None or context.is_known(match["name"])


_WORK_NAME = r"[A-Z][\w’'-]*(?:[ ](?:(?:of|the|and)[ ])?[A-Z][\w’'-]*)"
_ANOTHER_WORK = lazy_pattern(
    rf"^[ “\"‘]*(?!(?:The|This|That|A|An|Its|Their|His|Her)\b){_WORK_NAME}+[”\"’]?[ ][a-z]"
    rf"|\b{_WORK_NAME}*,[ ](?:a|an|the)[ ](?:[\w-]+[ ]){{0,2}}?(?:{GENRE_NOUNS})\b"
)
"""A work the sentence is about: a name as its subject ("Marrow Field beat it"), or a name glossed
by its kind ("Its main rival is Marrow Field, a drama from Lumen"); not a subject led by a
determiner ("The Lantern Row Films release premiered ...": a description, often of ours)."""
_POSSESSIVE = lazy_pattern(r"[’']s\b")


def opens_after_another(previous: str, chunk: str, context: Context) -> bool:
    """An "It opened in cinemas on ..." right after a sentence about another work and not ours
    ("Its main rival is Marrow Field, a drama from Lumen. It premiered ... and opened in UK
    cinemas on 14 November."): "it" is that work, the usual antecedent."""
    if "cinemas on" not in chunk and "theat" not in chunk:
        return False
    if _ANOTHER_WORK.search(previous) is None:
        return False
    return _names_nothing_known(previous, context)


def _names_nothing_known(text: str, context: Context, told: frozenset[str] = frozenset()) -> bool:
    """No capitalised word of ``text`` (possessives cut off; a description's own ``told`` words,
    "Irish" in "The Irish film", left out) is ours or the headline's."""
    words = re.findall(r"[A-Z][\w-]*", _POSSESSIVE.sub("", text))
    return not any(context.is_known(w) for w in words if w not in told)


DESCRIBED_WORK = lazy_pattern(
    rf"[ “\"]*(?:The|This|That)[ ](?!(?:new|latest|final|same|whole|entire)\b)[\w-]+[ ]"
    rf"(?:{GENRE_NOUNS})\b"
)
"""A work told by a description with a telling word as the sentence's subject: "The Irish film",
"That rival drama" (not "The film" alone, nor "The new film": words a piece uses for its own)."""
_RIVAL_IS = lazy_pattern(r"\b(?:rival|rivals|competitor|competition)[ ](?:is|was|are|were)[ ]")
"""A sentence that names a rival: "Its main rival is <work>"."""
_PERSON_SUBJECT = lazy_pattern(
    rf"^[ “\"‘]*{_WORK_NAME}+[ ](?:also[ ])?(?:{PERSON_VERBS}|plays|played|grew|directs|directed|"
    r"joins|joined|was[ ]born)\b"
)
"""A sentence whose named subject does what only a person does ("Ines Marrow plays the lead"): a
person, not another work, so "The Welsh film" after it is still the article's."""


def described_after_another(previous: str, chunk: str, context: Context) -> bool:
    """A sentence about "The Irish film" right after one about another work (its subject, or a
    rival it names) that names nothing of ours: the described film is that work, not ours."""
    described = DESCRIBED_WORK.match(chunk)
    if described is None:
        return False
    if _RIVAL_IS.search(previous) is None and (
        _ANOTHER_WORK.search(previous) is None or _PERSON_SUBJECT.match(previous) is not None
    ):
        return False
    told = frozenset(re.findall(r"[A-Z][\w-]*", described.group()))  # "Irish": a description's
    return _names_nothing_known(previous + " " + chunk, context, told)
