"""The kinds a fact is told by (a cast's status, a crew role, a release's kind, a quote's
source): small enums, apart from the fact classes of :mod:`bot.facts` (which re-exports them).

Answers, cards and queries read facts back from the database by these alone; the fact classes
are for the seeds' parsing, extraction and storage, which run after READY, so the bot's start
does not build them.
"""

from __future__ import annotations

from enum import StrEnum


class CastStatus(StrEnum):
    CURRENT = "current"
    FORMER = "former"
    """The article says the actor has left the role."""


class CrewRole(StrEnum):
    CREATOR = "creator"
    DIRECTOR = "director"
    WRITER = "writer"
    AUTHOR = "author"
    EXECUTIVE_PRODUCER = "executive_producer"
    PRODUCER = "producer"
    COMPOSER = "composer"
    CINEMATOGRAPHER = "cinematographer"
    EDITOR = "editor"
    CASTING_DIRECTOR = "casting_director"


class ReleaseKind(StrEnum):
    NOT_ANNOUNCED = "not_announced"
    WINDOW = "window"
    PREMIERE_DATE = "premiere_date"
    TITLE = "title"
    FILMING_PLANNED = "filming_planned"
    FILMING_STARTED = "filming_started"
    FILMING_WRAPPED = "filming_wrapped"


class SourceKind(StrEnum):
    """Who a quotation comes from. Only a ``PERSON`` source is ever credited to a person."""

    PERSON = "person"
    ORGANISATION = "organisation"
    """A company, outlet, streamer or social-media account: "Netflix said", "the caption read"."""
    UNNAMED = "unnamed"
    """Someone the article does not name: "a spokesperson", "one fan wrote", "an insider"."""
    UNATTRIBUTED = "unattributed"
    """The extractor is not confident who spoke; ``speaker`` is empty."""


SHOOT_KINDS = frozenset({ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED})
"""A shoot under way or done: the kinds that say filming started or wrapped."""
SHOOT_PLAN_KINDS = SHOOT_KINDS | {ReleaseKind.FILMING_PLANNED}
"""A shoot planned, under way or done: what a page's other production may date."""
