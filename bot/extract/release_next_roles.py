"""A profile's word on its subject's next role in another work: "She is set to star in ‘Salt
Road’, a western. Filming is due to begin in May." or "He will next star in Gorsemoor ...".
The sentence is about that work, so the times it and the sentences carrying on from it tell
("Filming ...", "It ...") are that work's, not ours."""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_NEXT_ROLE = lazy_pattern(
    r"\b(?:(?:is|are)[ ](?:set|due|signed|lined[ ]up|attached)[ ]to|will(?:[ ]next)?|"
    r"(?:is|are)[ ]to|(?:has|have)[ ](?:since[ ]|now[ ]|also[ ])?signed[ ]on[ ]to)[ ]"
    r"(?:(?:star|appear|co-star)[ ]in|lead(?:[ ]in)?)[ ][‘“\"']?"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
)
"""A next role in a named work: "is set to star in ‘Salt Road’", "will next star in Harrow
Point", "has signed on to lead Brindlecote"."""


def stars_next_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells a next role in a work that is not the article's own."""
    if " star" not in chunk and " appear" not in chunk and " lead" not in chunk:
        return False
    for match in _NEXT_ROLE.finditer(chunk):
        name = match["name"].rstrip()
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False


_SOMEONES_NEXT = lazy_pattern(
    r"\b(?:filming|shooting|scoring|directing|writing|editing|producing|lensing|"
    r"(?:part|role)[ ]in|(?:signed|lined)[ ](?:up|on)[ ](?:to|for))[ ]"
    r"(?P<owner>(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*)[’']s[ ]"
    r"(?:next|first|debut|upcoming|forthcoming)[ ]"
    r"(?:feature[ ]film|feature|film|movie|picture|series|drama|project)\b"
)
"""A job on someone else's coming work, named by its maker, not its title: "is filming Ana
Ruiz's next feature", "has a small part in Tom Reed's next film", "scoring Vale's first
feature"."""

_NEXT_WORDS = ("s next ", "s first ", "s debut ", "s upcoming ", "s forthcoming ")


def works_on_someones_next(chunk: str, context: Context) -> bool:
    """The sentence tells a person's job on another maker's next or first work: its times (the
    shoot "this summer", the work "expected to shoot next year") are that work's."""
    if not any(word in chunk for word in _NEXT_WORDS):
        return False
    return any(not context.is_ours(match["owner"]) for match in _SOMEONES_NEXT.finditer(chunk))


_SUBJECTS_NEXT = lazy_pattern(
    r"(?:^|[.;:!?][ ])[ “\"‘]*(?P<owner>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[’']s[ ]next[ ]"
    r"(?P<work>feature[ ]film|feature|film|movie|picture|series|drama|project|job)\b"
    r"(?P<rest>[^.;!?]*)"
)
"""A sentence led by someone's next work: "Vale’s next project takes her home: a thriller for
Lumen, Tarn Lane, due to start filming in the autumn"; not one whose owner is the article's own
work ("Tarn Lane's next series starts filming in May" in a piece on Tarn Lane), which a headline
naming Tarn Lane tells when nothing in the body has named it yet (for a next series only, which a
show has, since a person the headline names may own the next film or project)."""
_TITLE_WORD = lazy_pattern(r"\b[A-Z][\w’'-]*")


def _owned_by_ours(owner: str, work: str, context: Context) -> bool:
    """The next work's owner is the article's own work (see above)."""
    if context.is_ours(owner):
        return True
    return not context.ours and work == "series" and context.is_known(owner)


def leads_with_someones_next(chunk: str, context: Context) -> bool:
    """The sentence opens on a person's next work and names nothing of the article's own work,
    neither as its owner nor after it: the times it tells are that work's."""
    if "s next " not in chunk or not (context.ours or context.headline):
        return False
    match = _SUBJECTS_NEXT.match(chunk)
    if match is None or _owned_by_ours(match["owner"], match["work"], context):
        return False
    return not any(context.is_ours(w.group()) for w in _TITLE_WORD.finditer(match["rest"]))


_NEXT_JOB = lazy_pattern(
    r"(?:^|[.;:!?][ ])[ “\"‘]*(?:Next|Next[ ]up|After[ ]that),[ ]"
    r"(?:he|she|they|[A-Z][\w’'-]*)[ ][a-z][\w’'-]*[ ][^.;!?]*?"
    r"\b(?:on|in|for|with)[ ](?:a|an)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:film|feature|drama|series|thriller|comedy|documentary|project|movie)\b"
    r"(?P<rest>[^.;!?]*)"
)
"""A sentence opening on what its subject does next, on a work named only by its kind: "Next,
he reunites with Vale on a drama about the docks, which is expected to shoot in 2027"."""


def opens_on_next_job(chunk: str, context: Context) -> bool:
    """The sentence opens on its subject's next job on another work (see above): the times it
    tells are that work's, unless it names the article's own work."""
    if "ext" not in chunk and "fter that" not in chunk:
        return False
    match = _NEXT_JOB.search(chunk)
    if match is None:
        return False
    return not any(context.is_ours(w.group()) for w in _TITLE_WORD.finditer(match["rest"]))
