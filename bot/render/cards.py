"""What an answer says, independent of where it is shown.

An answer becomes a :class:`Card` (title, text, fields, footer). The Discord renderer turns a
card into an embed and the console renderer into plain text; only a :class:`Style` differs:
how dates look, how names are emphasised and how user text is made harmless.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from bot.answers import (
    Answer,
    DatedFact,
    NotFound,
    Production,
    QuoteAnswer,
    ReleaseInfo,
    Source,
    WhoPlays,
)
from bot.periods import describe_period

MAX_LISTED_SOURCES = 5


class Tone(Enum):
    ANSWER = "answer"
    NOTICE = "notice"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Card:
    title: str
    description: str
    fields: tuple[Field, ...] = ()
    footer: str = ""
    tone: Tone = Tone.ANSWER
    as_of: dt.date | None = None


class Style(Protocol):
    """How one medium shows dates, emphasis and text that came from a user."""

    def date(self, value: dt.date) -> str: ...

    def strong(self, text: str) -> str: ...

    def user_text(self, text: str) -> str: ...


def card_for(answer: Answer, style: Style) -> Card:
    """The card for any answer the query layer returns."""
    match answer:
        case WhoPlays():
            return _who_plays(answer, style)
        case ReleaseInfo():
            return _release(answer, style)
        case QuoteAnswer():
            return _quote(answer, style)
        case NotFound():
            return _not_found(answer, style)


def error_card(message: str) -> Card:
    return Card("Something went wrong", message, tone=Tone.ERROR)


def _who_plays(answer: WhoPlays, style: Style) -> Card:
    fields = []
    if answer.current:
        text = f"{style.strong(answer.current.actor)} plays {style.strong(answer.character)}."
    else:
        text = f"No one is currently cast as {style.strong(answer.character)}."
    if answer.aliases:
        fields.append(Field("Also called", ", ".join(answer.aliases), inline=True))
    if answer.previous:
        earlier = [
            f"{casting.actor} ({_cited(casting.source, style)})" for casting in answer.previous
        ]
        fields.append(Field("Previously played by", "\n".join(earlier)))
    fields.append(_sources_field(answer.sources, style))
    return Card(
        answer.character,
        text,
        tuple(fields),
        footer=_sources_footer(answer.sources),
        as_of=_newest(answer.sources),
    )


def _release(answer: ReleaseInfo, style: Style) -> Card:
    lines = []
    if answer.premiere:
        lines.append(f"Premieres on {style.strong(_fact_date(answer.premiere, style))}.")
        if answer.previous_premiere:
            moved = f"It was moved from {_fact_date(answer.previous_premiere, style)}"
            if answer.premiere.source.published:
                moved += f" (announced {style.date(answer.premiere.source.published)})"
            lines.append(moved + ".")
    else:
        as_of = f" as of {style.date(answer.as_of)}" if answer.as_of else ""
        lines.append(f"No release date has been announced{as_of}.")
        if answer.window:
            period = describe_period(answer.window.value)
            if answer.window.hedged:
                lines.append(f"A release {period} is hoped for.")
            else:
                lines.append(f"The release is expected {period}.")
    if answer.production:
        lines.append(_production_line(answer, style))
    title = "Release date"
    if answer.title:
        title = f"{answer.title.value}: release date"
    fields = [_sources_field(answer.sources, style)] if answer.sources else []
    return Card(
        title,
        "\n".join(lines),
        tuple(fields),
        footer=_sources_footer(answer.sources),
        as_of=answer.as_of,
    )


def _production_line(answer: ReleaseInfo, style: Style) -> str:
    status = answer.production
    assert status is not None
    when = style.date(status.date) if status.date else None
    if status.stage is Production.WRAPPED:
        return f"Filming wrapped on {when}." if when else "Filming has wrapped."
    if status.stage is Production.STARTED:
        return f"Filming started on {when}." if when else "Filming has started."
    period = describe_period(status.period) if status.period else "soon"
    return f"Filming was due to start {period}."


def _quote(answer: QuoteAnswer, style: Style) -> Card:
    return Card(
        f"Quote #{answer.number}",
        f"“{answer.text}”\n— {style.strong(answer.speaker)}",
        (_sources_field((answer.source,), style),),
        footer=_sources_footer((answer.source,)),
        as_of=answer.source.published,
    )


def _not_found(answer: NotFound, style: Style) -> Card:
    query = style.user_text(answer.query)
    if answer.kind == "quote":
        text = f"I have no quote matching that ({query})."
    else:
        text = f"I know no {answer.kind} by that name: “{query}”."
    if answer.suggestions:
        text += f"\nDid you mean {_or_list(answer.suggestions)}?"
    return Card("Not found", text, tone=Tone.NOTICE)


def _sources_field(sources: Sequence[Source], style: Style) -> Field:
    listed = [_cited(source, style) for source in sources[:MAX_LISTED_SOURCES]]
    if len(sources) > MAX_LISTED_SOURCES:
        listed.append(f"and {len(sources) - MAX_LISTED_SOURCES} more")
    return Field("Sources" if len(sources) != 1 else "Source", "\n".join(listed))


def _cited(source: Source, style: Style) -> str:
    when = style.date(source.published) if source.published else "undated"
    return f"{_shorten(source.title, 80)} ({when})"


def _sources_footer(sources: Sequence[Source]) -> str:
    count = len(sources)
    return f"From {count} article{'s' if count != 1 else ''} in the bot's news archive"


def _fact_date(fact: DatedFact, style: Style) -> str:
    return style.date(dt.date.fromisoformat(fact.value))


def _newest(sources: Sequence[Source]) -> dt.date | None:
    return max((s.published for s in sources if s.published), default=None)


def _or_list(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
