"""A member's question as plain data, so that it can be asked again later.

Buttons under an answer ("Next ▶", "Another one") keep the question in their Discord
``custom_id``: pressed after the bot restarted, they still know what was asked. A question is
a kind and its option values as text; :meth:`Question.encode` writes it in a few characters
and :meth:`Question.decode` reads it back (None for anything that is not one).
"""

from __future__ import annotations

from enum import StrEnum

import msgspec
from msgspec.structs import replace

from bot.answers import Answer
from bot.answers.lookups import CastOrder
from bot.db.search import words_of
from bot.knowledge import Knowledge

_SEPARATOR = "|"


class Asked(StrEnum):
    """What can be asked again; the values are short, for Discord's 100-character ids."""

    WHO_PLAYS = "wp"
    WHO_IS = "wi"
    CAST = "c"
    CREW = "cr"
    LATEST = "l"
    SEARCH = "s"
    QUOTE = "q"


class Question(msgspec.Struct, frozen=True):
    """``kind`` and its options as text: a name, an order, a search and its page, a quote's
    speaker and words (empty when not given)."""

    kind: Asked
    options: tuple[str, ...] = ()

    @classmethod
    def search(cls, query: str) -> Question:
        """A search's first page, kept as its searchable words only (all that decides its
        results), so that longer searches still fit in a button."""
        return cls(Asked.SEARCH, (" ".join(words_of(query)), "0"))

    @property
    def random(self) -> bool:
        """Asking again gives another answer (a random quote): worth an "Another one" button."""
        return self.kind is Asked.QUOTE

    @property
    def paged_by_query(self) -> bool:
        """Each page is asked for on its own (a search), rather than cut from one answer."""
        return self.kind is Asked.SEARCH

    def on_page(self, page: int) -> Question:
        """The same search, another page (a question that is not a search is unchanged)."""
        if not self.paged_by_query:
            return self
        return replace(self, options=(self.options[0], str(page)))

    def encode(self) -> str:
        return _SEPARATOR.join([self.kind.value, *(_escape(option) for option in self.options)])

    @classmethod
    def decode(cls, text: str) -> Question | None:
        kind, *options = text.split(_SEPARATOR)
        try:
            asked = Asked(kind)
        except ValueError:
            return None
        return cls(asked, tuple(_unescape(option) for option in options))


async def ask(knowledge: Knowledge, question: Question) -> Answer:
    """The answer to ``question`` now (raises ValueError for options that make no sense)."""
    options = question.options
    first = options[0] if options else ""
    match question.kind:
        case Asked.WHO_PLAYS:
            return await knowledge.who_plays(first)
        case Asked.WHO_IS:
            return await knowledge.who_is(first)
        case Asked.CAST:
            return await knowledge.cast(CastOrder(first) if first else CastOrder.NEWEST)
        case Asked.CREW:
            return await knowledge.crew()
        case Asked.LATEST:
            return await knowledge.latest(int(first))
        case Asked.SEARCH:
            page = int(options[1]) if len(options) > 1 else 0
            return await knowledge.search(first, page)
        case Asked.QUOTE:
            about = options[1] if len(options) > 1 else ""
            return await knowledge.quote(person=first or None, about=about or None)


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace(_SEPARATOR, "%7C")


def _unescape(text: str) -> str:
    return text.replace("%7C", _SEPARATOR).replace("%25", "%")
