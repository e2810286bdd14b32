"""Cards as plain text for the console and ``python -m bot ask``: readable dates, no markup."""

from __future__ import annotations

import datetime as dt
import textwrap

from bot.answers.lookups import HIGHLIGHT_END, HIGHLIGHT_START
from bot.render.common import Card
from bot.render.dates import long_date, utc_instant


class TextStyle:
    def date(self, value: dt.date) -> str:
        return long_date(value)

    def moment(self, value: dt.datetime) -> str:
        return utc_instant(value)

    def strong(self, text: str) -> str:
        return text

    def plain(self, text: str) -> str:
        return text

    def echo(self, text: str) -> str:
        return text

    def highlight(self, snippet: str) -> str:
        return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")

    def link(self, text: str, url: str) -> str:
        return f"{text} <{url}>"


def text_for(card: Card) -> str:
    """Title (and the address it links to), text, fields as indented blocks, then the footer."""
    lines = [card.title, "=" * min(len(card.title), 72)]
    if card.url:
        lines.append(card.url)
    if card.description:
        lines.append(card.description)
    for field in card.fields:
        lines += ["", f"{field.name}:", textwrap.indent(field.value, "  ")]
    if card.footer:
        lines += ["", card.footer]
    return "\n".join(lines)
