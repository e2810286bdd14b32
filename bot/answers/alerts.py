"""What news alerts say and how a server's alerts are set up: plain data for alerts and render.

A :class:`NewsItem` is one article's alert, serialisable to JSON for the outbox; its
:class:`Change` list is the alert's "What's new".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    """What changed, as ``/cast``, ``/crew`` and ``/release-date`` show it afterwards."""

    PREMIERE_ANNOUNCED = "premiere_announced"
    PREMIERE_MOVED = "premiere_moved"
    PREMIERE_WITHDRAWN = "premiere_withdrawn"
    """A newer article says no date is announced: ``previous`` is the date it withdraws."""
    TITLE = "title"
    """The film's title: ``value`` (``previous``, the title it replaces, if any)."""
    NEW_CAST = "new_cast"
    RECAST = "recast"
    LEFT_CAST = "left_cast"
    """Nobody plays ``subject`` any more: ``previous`` was the actor."""
    NEW_CREW = "new_crew"
    FILMING = "filming"
    """How filming stands: ``subject`` a :class:`~bot.answers.lookups.Production` stage,
    ``value`` its date (ISO) or period (ISO interval), or empty."""
    RELEASE_WINDOW = "release_window"
    """While no premiere date is known, when the release is expected: ``value`` an ISO
    interval; ``subject`` is ``hoped`` when the article only hopes for it."""
    NEW_QUOTES = "new_quotes"


HOPED = "hoped"
"""The ``subject`` of a :attr:`ChangeKind.RELEASE_WINDOW` the article only hopes for."""


@dataclass(frozen=True, slots=True)
class Change:
    """One new or changed fact, in the names the commands show.

    ``subject`` is the character, crew member or (for quotes) the speaker; ``value`` the new
    actor, crew role, date (ISO) or sample quote; ``previous`` what was known before (see each
    :class:`ChangeKind` for the others).
    """

    kind: ChangeKind
    subject: str = ""
    value: str = ""
    previous: str = ""
    count: int = 0


@dataclass(frozen=True, slots=True)
class NewsItem:
    """What one article's alert says."""

    file_name: str
    title: str
    date: dt.date | None
    lede: str
    changes: tuple[Change, ...] = ()

    def to_json(self) -> str:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> NewsItem:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsItem:
        return cls(
            file_name=str(data["file_name"]),
            title=str(data["title"]),
            date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            lede=str(data.get("lede") or ""),
            changes=tuple(
                Change(
                    kind=ChangeKind(change["kind"]),
                    subject=str(change.get("subject", "")),
                    value=str(change.get("value", "")),
                    previous=str(change.get("previous", "")),
                    count=int(change.get("count", 0)),
                )
                for change in data.get("changes", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class Subscription:
    guild_id: int
    channel_id: int
    role_id: int | None
    events_enabled: bool


@dataclass(frozen=True, slots=True)
class Delivered:
    id: int
    title: str
    finished_at: dt.datetime | None
    channel_id: int | None
    message_id: int | None
    error: str | None


@dataclass(frozen=True, slots=True)
class EventState:
    guild_id: int
    event_id: int | None
    premiere_date: dt.date | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class AlertStatus:
    subscription: Subscription | None
    pending: int
    delivered: tuple[Delivered, ...]
    failed: tuple[Delivered, ...]
    event: EventState | None
