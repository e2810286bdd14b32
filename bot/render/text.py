"""Cards as plain text for the console and ``python -m bot ask``: readable dates, no markup."""

from __future__ import annotations

import datetime as dt
import textwrap

from bot.render.cards import Card


class TextStyle:
    def date(self, value: dt.date) -> str:
        return f"{value.day} {value:%B %Y}"

    def strong(self, text: str) -> str:
        return text

    def user_text(self, text: str) -> str:
        return text


def text_for(card: Card) -> str:
    """Title, text, fields as indented blocks, then the footer."""
    lines = [card.title, "=" * min(len(card.title), 72), card.description]
    for field in card.fields:
        lines += ["", f"{field.name}:", textwrap.indent(field.value, "  ")]
    if card.footer:
        lines += ["", card.footer]
    return "\n".join(lines)
