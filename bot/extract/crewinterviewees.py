"""The interviewee an interview's standfirst calls by a post, for :mod:`bot.extract.crew`.

An interview headed "Name: ‘...’" often names its subject only there, while the standfirst
gives the post (invented examples): "The director of Copper Bay talks about storms ...",
"Days before Copper Bay reaches cinemas, its composer talks about ...". The post belongs to
the headline's name when the work is the article's own ("its", or a title all of whose
capitalised words are ours); "The director of Brine Street on why ..." (another work) credits
nothing.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewheadlinedjobs import headlined_jobs
from bot.extract.names import FULL_NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_POSTS = {
    "director": CrewRole.DIRECTOR,
    "writer": CrewRole.WRITER,
    "screenwriter": CrewRole.WRITER,
    "composer": CrewRole.COMPOSER,
    "cinematographer": CrewRole.CINEMATOGRAPHER,
    "editor": CrewRole.EDITOR,
    "creator": CrewRole.CREATOR,
}
_HEADED = lazy_pattern(rf"^(?P<name>{FULL_NAME}):[ ][‘“'\"]")
_STANDFIRST = lazy_pattern(
    r"^(?:[^.;]{1,120},[ ])?(?:(?P<its>[Ii]ts)|[Tt]he)[ ](?P<post>"
    + "|".join(_POSTS)
    + r")(?:[ ]of[ ](?P<work>[^,.;]{1,60}?))?[ ](?:talks|on|discusses|reflects|explains|opens)\b"
)
_OWNER = lazy_pattern(r"^(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*[’']s[ ]")


def interviewee_credits(
    doc: Doc, people: People, context: Context, crew: list[CrewFact]
) -> list[CrewFact]:
    """``crew`` with the headlined interviewee's post from the standfirst, if it lacks it, and
    the job the headline gives them (:mod:`bot.extract.crewheadlinedjobs`)."""
    if doc.title_para is None or doc.title_para < 1:
        return crew
    crew = headlined_jobs(doc, people, context, crew)
    title, lede = doc.paras[doc.title_para], doc.paras[0]
    headed = _HEADED.match(doc.text[title.start : title.end])
    posted = _STANDFIRST.match(doc.text[lede.start : lede.end])
    if headed is None or posted is None or not (posted["its"] or _ours(posted["work"], context)):
        return crew
    name, role = people.resolve(headed["name"]), _POSTS[posted["post"]]
    if name is None or not is_full(name) or any(f.name == name and f.role is role for f in crew):
        return crew
    return [*crew, CrewFact(name, role, doc.text[lede.start : lede.end])]


def _ours(work: str | None, context: Context) -> bool:
    """A title of the article's own work, after its owner ("Netflix’s T finale")."""
    words = [w for w in _OWNER.sub("", work or "").split() if w[:1].isupper()]
    return bool(words) and all(context.is_ours(w.strip(":")) for w in words)
