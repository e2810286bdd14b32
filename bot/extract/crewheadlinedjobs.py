"""The job an interview's headline gives its subject, for :mod:`bot.extract.crewinterviewees`.

An interview is headed with its subject "on" doing the job on the work (invented examples):
"‘The sea had to breathe’: Marit Solberg on scoring Lanternfall", "Q&A: Ivo Brand on
directing the Lanternfall film – ‘I was the new boy’". The work the headline names is the
page's own when it is ours or the body writes its title too: a headline's title the body never
names ("X on directing Tidewater" over a page on her new film, "X on editing Vogue") may be
another work or no work at all. The body must write the subject's name too
(a headline's run of capitals alone is a poor witness of where a name starts). "Shooting" is
left out: a director speaks of shooting a film as often as its cinematographer does; so are
jobs on something the headline tells by more than a title ("on lighting Lanternfall's last
summer": a part of it, maybe another work's).
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.names import FULL_NAME, NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_JOBS: dict[str, CrewRole] = {
    "directing": CrewRole.DIRECTOR,
    "scoring": CrewRole.COMPOSER,
    "lighting": CrewRole.CINEMATOGRAPHER,
    "editing": CrewRole.EDITOR,
    "writing": CrewRole.WRITER,
}
_HEADED_ON = lazy_pattern(
    rf"(?:^|:[ ])(?P<name>{FULL_NAME})[ ]on[ ](?P<job>{'|'.join(_JOBS)})[ ]"
    rf"(?:the[ ])?(?P<work>{NAME})(?:[ ](?:film|movie|finale|series|feature))?"
    r"(?=$|[ ]?[–—:|])"
)
"""The subject on the job, then the work and nothing more ("on directing Lanternfall",
"on directing the Lanternfall film"), to the headline's end or a dash or colon."""


def headlined_jobs(
    doc: Doc, people: People, context: Context, crew: list[CrewFact]
) -> list[CrewFact]:
    """``crew`` with the job the interview's headline gives its subject, if it lacks it."""
    headline = doc.headline
    if " on " not in headline:
        return crew
    match = _HEADED_ON.search(headline)
    if match is None:
        return crew
    if not _page_work(match["work"], doc.body, context):
        return crew
    name, role = people.resolve(match["name"]), _JOBS[match["job"]]
    if name is None or not is_full(name) or name.split()[-1] not in doc.body:
        return crew
    if any(fact.name == name and fact.role is role for fact in crew):
        return crew
    return [*crew, CrewFact(name, role, headline)]


def _page_work(work: str, body: str, context: Context) -> bool:
    """The headline's work is the page's: all its words ours, or its title written in the body."""
    if all(context.is_ours(word) for word in work.split()):
        return True
    return re.search(rf"(?<![\w’'-]){re.escape(work)}(?![\w’'-])", body) is not None
