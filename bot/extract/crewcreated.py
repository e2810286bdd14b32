"""Creator credits the verb "created" gives, for :mod:`bot.extract.crew`.

The credit verb sets the role, not the job noun before the name: "created by screenwriter Ada
Vale" credits Ada Vale as creator only (the noun says what she does in general, not that she
wrote this production; "created by the Welsh writer X" keeps its older reading, creator and
writer, as the other passive credits with a role noun after "by" do), while "Ada Vale, who created
Lanterns and wrote the film" credits the creator of the article's own production (invented
examples). A writer credit from a verb of its own ("who wrote all six episodes") still stands.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.cues import scan
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_CREATED_WORK = lazy_pattern(
    rf"(?P<names>{NAME})(?:,[ ]who|[ ]who)?[ ](?:created|co-created)[ ](?P<work>{NAME})"
)
"""X created the article's own production: "X, who created Lanterns and wrote the film"."""
_CREATED_IT = lazy_pattern(
    rf"^(?:(?:The|This)[ ](?:new[ ])?(?:[a-z\d]+-[a-z]+[ ])?(?:{CHANNEL_NAME}[ ])?"
    rf"(?:series|show|drama|programme|sitcom|serial)|(?P<work>{NAME}))[ ]"
    r"(?:is|was|will[ ]be)[ ](?:(?:co-)?written|(?:co-)?directed|produced|run|overseen)[ ]by[ ]"
    rf"(?P<names>{NAME}),[ ]who[ ](?:also[ ])?(?:co-)?created[ ]it(?=[,.;]|[ ]and\b|$)"
)
"""The production told by its kind as the subject, its maker's clause pointing back at it: "The
series is written by X, who created it" ("it" is the series; the passive gives the writer), after
"new", a hyphened word or a channel too ("The six-part BBC drama"); never "original" or "first",
which tell another work; or told by its title: "Title is written by X, who also created it"."""
_CREATED_BY_NOUN = lazy_pattern(
    r"(?i:(?<![\w-])(?:co-)?created[ ]by[ ])(?:the[ ])?(?:[A-Z][\w’'.-]*[ ]){0,2}$"
)
"""The credit verb and what may stand between "by" and a job noun ("the Welsh ")."""


def created_credits(
    chunk: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """Creators from "X, who created <our title>" or "The series is written by X, who created
    it" (the passive "created by X" is crew's)."""
    if "created " not in chunk:
        return
    for match in scan(_CREATED_WORK, chunk, starts):
        if context.is_ours(w := match["work"]) or (not context.ours and context.is_known(w)):
            yield match["names"], CrewRole.CREATOR
    if "created it" in chunk and (it := _CREATED_IT.match(chunk)) is not None:
        work = it["work"]  # the title told: the article's own (or the headline's)
        if work is None or context.is_ours(work) or (not context.ours and context.is_known(work)):
            yield it["names"], CrewRole.CREATOR


def created_by_screenwriter(chunk: str, start: int) -> bool:
    """Whether "screenwriter" at ``start`` follows "created by": a description, no credit."""
    return chunk.startswith("screenwriter ", start) and (
        _CREATED_BY_NOUN.search(chunk, max(0, start - 60), start) is not None
    )
