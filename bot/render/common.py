"""The card model and the pieces every card builder shares (sources, pages, counts, lists).

Counts and lists are English: "1 quote", "12 quotes", "Alice, Bob and Carol"; plurals come
from ``inflection``, so irregular ones ("people", "children") are right too.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from enum import Enum
from typing import Protocol

import inflection
import msgspec
from msgspec.structs import replace

from bot.answers.lookups import Source

MAX_LISTED_SOURCES = 5
LINES_PER_PAGE = 20
PAGE_CHARACTERS = 3500
"""Well under an embed description's 4,096 characters, leaving room for markup."""


class Tone(Enum):
    ANSWER = "answer"
    NOTICE = "notice"
    ERROR = "error"


class Field(msgspec.Struct, frozen=True):
    name: str
    value: str
    inline: bool = False


class Card(msgspec.Struct, frozen=True):
    title: str
    description: str
    fields: tuple[Field, ...] = ()
    footer: str = ""
    tone: Tone = Tone.ANSWER
    as_of: dt.date | None = None
    """The date the answer's news is as of (a date: shown as text, the same in every zone)."""
    url: str | None = None
    """Where the title links to: the article's own address, when it has one."""


class Style(Protocol):
    """How one medium shows dates, emphasis, stored text and text that came from a user."""

    def date(self, value: dt.date) -> str:
        """A date without a time of day, shown as itself: the same day for every reader."""
        ...

    def moment(self, value: dt.datetime) -> str:
        """A real instant, at its real time (in each reader's own zone where the medium can)."""
        ...

    def strong(self, text: str) -> str: ...

    def plain(self, text: str) -> str:
        """Text from the knowledge base, shown as written (never as markup)."""
        ...

    def echo(self, text: str) -> str:
        """What a member typed, shortened and made harmless."""
        ...

    def highlight(self, snippet: str) -> str:
        """A search snippet with its marked words emphasised."""
        ...

    def link(self, text: str, url: str) -> str:
        """``text`` (already styled) leading to ``url`` (a web address)."""
        ...


CORRECTED = "corrected by the moderators"


def cited(source: Source, style: Style, *, link: bool = False) -> str:
    """An article as a source ("Title (date)"), or the moderators' own correction; noting when
    the moderators corrected what the answer takes from it. With ``link``, the title leads to
    the article's address when it has one (not where links do not show, as in field names)."""
    when = style.date(source.published) if source.published else "undated"
    if source.by_moderators:
        return f"{CORRECTED.capitalize()} ({when})"
    title = style.plain(shorten(source.title, 80))
    if link and source.url:
        title = style.link(title, source.url)
    text = f"{title} ({when})"
    return f"{text}, {CORRECTED}" if source.corrected else text


def sources_field(sources: Sequence[Source], style: Style) -> Field:
    listed = [cited(source, style) for source in sources[:MAX_LISTED_SOURCES]]
    if len(sources) > MAX_LISTED_SOURCES:
        listed.append(f"and {len(sources) - MAX_LISTED_SOURCES} more")
    return Field("Sources" if len(sources) != 1 else "Source", "\n".join(listed))


def sources_footer(sources: Sequence[Source]) -> str:
    """ "From 2 articles in the bot's news archive", with ", corrected by the moderators" when
    they corrected it; "From the moderators' corrections" when no article says it."""
    count = sum(not source.by_moderators for source in sources)
    if not count and any(source.by_moderators for source in sources):
        return "From the moderators' corrections"
    footer = f"From {counted(count, 'article')} in the bot's news archive"
    if any(source.corrected for source in sources):
        footer += f", {CORRECTED}"
    return footer


def newest(sources: Sequence[Source]) -> dt.date | None:
    return max((s.published for s in sources if s.published), default=None)


def paged(card: Card, lines: Sequence[str], intro: str = "") -> list[Card]:
    """Spread ``lines`` over as many copies of ``card`` as needed, numbering the pages."""
    pages: list[list[str]] = [[]]
    size = len(intro)
    for line in lines:
        if pages[-1] and (len(pages[-1]) >= LINES_PER_PAGE or size + len(line) > PAGE_CHARACTERS):
            pages.append([])
            size = len(intro)
        pages[-1].append(line)
        size += len(line) + 1
    cards = []
    for number, page in enumerate(pages, start=1):
        text = "\n".join([intro, *page] if intro else page)
        footer = card.footer
        if len(pages) > 1:
            footer = f"Page {number} of {len(pages)}" + (f" · {footer}" if footer else "")
        cards.append(replace(card, description=text, footer=footer))
    return cards


def or_list(names: Sequence[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    return _listed(names, "or")


def and_list(names: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return _listed(names, "and")


def _listed(names: Sequence[str], conjunction: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def counted(count: int, noun: str) -> str:
    """ "1 quote", "12 quotes", "2 people", "1,204 articles": ``noun`` is the singular."""
    return f"{count:,} {plural(noun, count)}"


def plural(noun: str, count: int = 2) -> str:
    """``noun`` (singular) as ``count`` of it is said: "server" or "servers"."""
    return noun if count == 1 else _plural_of(noun)


@functools.lru_cache(maxsize=256)
def _plural_of(noun: str) -> str:
    """``inflection``'s plural (a pass over its rules' patterns), once per noun: the nouns are
    the few our cards use, and a plural never changes (nothing invalidates it)."""
    return inflection.pluralize(noun)


_WHOLE_WORDS_AT_LEAST = 0.6
"""Cut at the last word break only if that keeps at least this share of the room."""


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, ending in "…" when cut, cut between words
    (unless one word fills most of the room, as in a long link).

    The one way every card and embed shortens text (headlines, ledes, echoed input, embed
    parts over Discord's limits).
    """
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    if not text[limit - 1].isspace():
        words = room.rsplit(None, 1)[0] if len(room.split()) > 1 else room
        if len(words) >= limit * _WHOLE_WORDS_AT_LEAST:
            room = words
    return room.rstrip(" \t\n,;:–—-") + "…"


def in_words(key: str) -> str:
    """A stored crew role or release kind as words: "executive_producer" -> "executive producer".

    The one place such keys are turned into words; :func:`job_title` capitalises them.
    """
    return key.replace("_", " ")


def job_title(job: str, count: int = 1) -> str:
    """ "executive_producer" -> "Executive producer" (or "Executive producers")."""
    return plural(in_words(job), count).capitalize()
