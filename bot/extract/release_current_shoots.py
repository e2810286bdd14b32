"""A profile's word that its subject is filming another work now: "He is currently filming
‘Brackwater Rise’, a crime drama, in which he plays a ferryman." or "She is now busy shooting the
thriller Iron Shingle." A work just shot is told the same way ("He has finished shooting
Gannet Street, a crime drama, and it is due next year."). The sentence is about that work, so
the times it and the sentences carrying on from it tell ("Shooting began in March.") are that
work's shoot, not ours. So does a subject leaving to shoot another work ("She is off to shoot
Tin Harbour, the Sky heist drama; filming starts in May."), and a crew member's work on another
title told as a work ("Next, she is scoring Wyrmholt, a horror film due next year."; not "is
directing Ada Vale in her first lead", a person)."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_FILMING_NOW = lazy_pattern(
    r"\b(?:(?:(?:is|are|[’']s|[’']re)[ ](?:(?:currently|now|still|busy|presently|already)[ ]){0,2}"
    r"|(?:has|have|[’']ve)[ ](?:(?:just|now|already|recently|also)[ ])?"
    r"(?:finished|wrapped|completed)[ ])(?P<job>filming|shooting|scoring|directing|editing)[ ]"
    r"|(?:is|are|[’']s|[’']re)[ ](?:(?:now|soon|then)[ ])?(?:off|heading|headed|leaving|going)"
    r"(?:[ ](?:to|for)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?[ ]to[ ](?:film|shoot)[ ])"
    r"(?:(?:the|a|an|his|her|their)[ ](?:[a-z][\w-]*[ ]){0,3}?)?[‘“\"']?"
    r"(?P<name>(?!(?:Season|Series|Part|Episode|Scenes?|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)"
    r"[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
)
"""A named work being shot now: "is currently filming “Brackwater Rise”", "’s now shooting the
thriller Iron Shingle", "has just finished filming Shale Crossing", "is now scoring Wyrmholt";
not a season of ours ("is filming Season Two"). Leaving to shoot one is told so too: "is off
to shoot Tin Harbour", "’s heading to Wales to film Gorse Hollow"."""
_OFF_HINT = lazy_pattern(r"[ ]to[ ](?:film|shoot)[ ]")
_JOB_HINT = lazy_pattern(r"(?:filming|shooting|scoring|directing|editing)[ ]")
_CREW_JOBS = frozenset({"scoring", "directing", "editing"})
"""Jobs whose object may be a person ("is directing Ada Vale in her first lead"): the name counts
as a work only when told as one (:data:`_APPOSED_WORK`, marks or a noun before it)."""
_APPOSED_WORK = lazy_pattern(r",[ ](?:a|an|the|his|her|their)[ ]")
"""A description after the title: "is scoring Wyrmholt, a horror film"."""


def films_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells that someone is filming a work that is not the article's own."""
    if not _JOB_HINT.search(chunk) and _OFF_HINT.search(chunk) is None:
        return False
    for match in _FILMING_NOW.finditer(chunk):
        name = re.sub(r"(?:[ ](?:of|the|and|in|on|at|to|a|an))+$", "", match["name"])
        name = re.split(r"[’']s[ ]", name)[-1]  # "Netflix’s Lanterns": the work, not its owner
        if name.endswith(("’s", "'s")):
            continue  # "is filming Ada’s last day at school": a part's scenes, not a work
        if match["job"] in _CREW_JOBS and not _told_as_work(chunk, match):
            continue  # "is directing Ada Vale in her first lead role": a person, no work
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False


def _told_as_work(chunk: str, match: re.Match[str]) -> bool:
    """The crew job's object is told as a work: in marks, after a noun ("the thriller X") or
    with a description after it ("X, a horror film")."""
    if match.start("name") > match.end("job") + 1:
        return True  # "is scoring the thriller X", "is editing “X”"
    return _APPOSED_WORK.match(chunk, match.end("name")) is not None
