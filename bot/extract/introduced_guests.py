"""The guest of a Q&A whose headline gives only a role ("The film's composer on writing the
last waltz"), for :mod:`bot.extract.interview_answers`: the person the paragraph before the
questions opens on ("Ada Vale had never written for the screen. The Cardiff-born composer ..."),
when that paragraph gives them the headline's role too, or sets the guest beside that role
("Its director of photography, Ada Vale, spoke to us", "Ada Vale, a Leeds-based composer, ...").
With no one named in the headline, the one the writer says they spoke to ("We spoke to the
film's editor, Ada Vale, ...") is the guest.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME, TOKEN
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

ROLE = (
    r"(?:star|actor|actress|newcomer|lead|director(?:[ ]of[ ]photography)?|creator|writer|"
    r"composer|cinematographer|editor|producer|showrunner)\b"
)
"""The role a headline gives a person it is about ("director Ada Vale on ...")."""
_SAME_ROLE = {"director of photography": "cinematographer"}
"""Two names for one role: a headline's "cinematographer" is the lede's "director of
photography"."""
_ROLE_HEADLINE = lazy_pattern(
    r"(?:(?:Q[ ]?&[ ]?A|Interview|INTERVIEW)[ ]?[:|][ ])?"
    r"(?P<words>[‘“\"'](?:[^’”\"]|’(?=\w)){1,60}[’”\"'](?::|[ ][-–—])?[ ])?"
    rf"(?:(?:{TOKEN}[ ]){{0,3}}{TOKEN}[’']s|[Tt]he|[Oo]ur)[ ](?:[\w-]+[ ]){{0,2}}?"
    rf"(?P<role>{ROLE})(?:[ ]of[ ](?:{TOKEN}[ ]){{0,4}}{TOKEN})?"
    r"(?:[ ](?:[Oo]n|[Tt]alks|[Oo]pens[ ][Uu]p|[Rr]eflects|[Rr]emembers|[Ll]ooks[ ][Bb]ack)\b"
    r"|(?(words)[ ]*$|(?!)))"
)
"""A headline naming the guest by their role alone: "‘I wrote it on a train’: Tide’s composer
on ...", "The director on ...", perhaps after a Q&A's own label ("Q&A: Tide’s editor on ..."),
or the guest's words, then the role closing the headline ("‘I wrote it on a train’: Tide’s
composer", "...: the editor of Tide")."""
_THE_ROLE = lazy_pattern(rf"\b(?:[Tt]he|[Oo]ur)[ ](?:[\w-]+[ ]){{0,3}}?(?P<role>{ROLE})")
"""The role given to someone already named ("The Cardiff-born composer, who ...")."""
_OPENS_ON = lazy_pattern(rf"(?P<name>{FULL_NAME})(?:[’']s)?[ ][a-z]")
"""A paragraph opening on a person, their words following in lower case ("Ada Vale had ...")."""
_APPOSED = lazy_pattern(
    rf"\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he|{TOKEN}[’']s)[ ](?:[\w-]+[ ]){{0,2}}?(?P<role>{ROLE}),"
    rf"[ ](?P<name>{FULL_NAME}),"
)
"""The role, then the guest set beside it between commas, anywhere in the paragraph ("Its
director of photography, Ada Vale, who ..."): the writer naming the guest by the role."""
_TITLED = lazy_pattern(
    rf"(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he|{TOKEN}[’']s)[ ](?:[\w-]+,?[ ]){{0,3}}?(?P<role>{ROLE})"
    rf"[ ](?P<name>{FULL_NAME})(?:[’']s)?[ ,]"
)
"""A paragraph opening on the role worn as a title before the guest's name ("The Cardiff-born,
London-based composer Ada Vale, 34, took over ...")."""
_PAST_HOLDER = r"(?:former|previous|original|outgoing|one-time|late|first|then)\b"
"""Words telling one who held the role before the guest."""
_NAMED_ROLE = lazy_pattern(
    rf"(?:^|[.!?][ ]+)(?P<name>{FULL_NAME}),[ ](?:a|an|the)[ ]"
    rf"(?:(?!{_PAST_HOLDER})[\w-]+[ ]){{0,3}}?"
    rf"(?P<role>{ROLE})[ ,]"
)
"""A sentence opening on the guest, the role set beside them after a comma ("Ada Vale, a
Cardiff-born composer based in Leeds, scored ...", "Ada Vale, the editor who cut it, talked us
through ..."); not one who held the role before ("Ada Vale, the former editor, left ..."): the
introduction names the one who took over as the guest."""

_INTRO_BEFORE = 2
"""How far above the first answer the introduction stands: the question's paragraph between."""


def introduced(doc: Doc, resolver: Resolver, label: str) -> Speaker | None:
    """The person an unnamed "A:" answers for: the headline names only their role (a
    :data:`ROLE` word), and the paragraph before the first question opens on a full name
    and speaks of "the ... composer" too (a writer naming the guest, then their role). The
    paragraph before the question is the one :data:`_INTRO_BEFORE` paragraphs above the first
    answer (the question takes one). Adds the person found to ``resolver.people``, so later
    answers and mentions resolve to them."""
    if doc.title_para is None:
        return None
    title = doc.paras[doc.title_para]
    headline = _ROLE_HEADLINE.match(doc.text, title.start, title.end)
    first = next((q for q in doc.quotes if q.label and not q.asking), None)
    if headline is None or first is None or first.para - _INTRO_BEFORE <= doc.title_para:
        return None
    intro = doc.paras[first.para - _INTRO_BEFORE]
    role = _role(headline["role"])
    apposed = [
        m["name"]
        for m in _APPOSED.finditer(doc.text, intro.start, intro.end)
        if _role(m["role"]) == role
    ]
    named = {
        m["name"]
        for m in _NAMED_ROLE.finditer(doc.text, intro.start, intro.end)
        if _role(m["role"]) == role
    }
    opening = _OPENS_ON.match(doc.text, intro.start, intro.end)
    titled = _TITLED.match(doc.text, intro.start, intro.end)
    if len(apposed) == 1:
        name = apposed[0]  # "Its director of photography, Ada Vale, spoke to us"
    elif titled is not None and _role(titled["role"]) == role:
        name = titled["name"]  # "The Cardiff-born composer Ada Vale, 34, took over ..."
    elif len(named) == 1:
        name = named.pop()  # "... Ada Vale, a Cardiff-born composer, scored it."
    elif opening is None:
        return None
    else:
        given = _THE_ROLE.finditer(doc.text, opening.end(), intro.end)
        if role not in {_role(m["role"]) for m in given}:
            return None
        name = opening["name"]
    resolver.people.add(name)
    found = resolver.label(name)
    return Speaker(found.name, found.source, f"{label}:") if found else None


def _role(role: str) -> str:
    """The role's one name (:data:`_SAME_ROLE`)."""
    return _SAME_ROLE.get(role, role)


_SPOKE_TO = lazy_pattern(
    r"\b(?:[Ww]e|I)[ ](?:(?:\w+ly|recently)[ ])?(?:(?:spoke|talked|chatted|sat[ ]down|caught[ ]up)"
    r"(?:[ ]\w+ly)?[ ](?:to|with)|interviewed)[ ]"
    rf"(?:(?:the|its|their)[ ](?:[\w’'-]+[ ]){{0,3}}?{ROLE},[ ])?(?P<name>{FULL_NAME})(?![’']s\b)"
)
"""The writer naming whom they interviewed ("We spoke to the film's editor, Ada Vale, whose
credits include ...", "I caught up with", "we spoke exclusively to"): the guest, when the
headline names no one; not one whose someone follows ("We spoke to Ada Vale's producer")."""


def spoken_to(doc: Doc, resolver: Resolver, label: str) -> Speaker | None:
    """The person an unnamed "A:" answers for: the one the paragraph before the first question
    says the writer spoke to (:data:`_SPOKE_TO`), when only one is named so."""
    if doc.title_para is None:
        return None
    first = next((q for q in doc.quotes if q.label and not q.asking), None)
    if first is None or first.para - _INTRO_BEFORE <= doc.title_para:
        return None
    intro = doc.paras[first.para - _INTRO_BEFORE]
    names = {m["name"] for m in _SPOKE_TO.finditer(doc.text, intro.start, intro.end)}
    if len(names) != 1:
        return None
    name = names.pop()
    resolver.people.add(name)
    found = resolver.label(name)
    return Speaker(found.name, found.source, f"{label}:") if found else None
