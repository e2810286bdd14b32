"""Cards about the bot itself, its commands, and answers that found nothing."""

from __future__ import annotations

from bot.answers.lookups import Help, NotFound, Stats
from bot.render.common import Card, Field, Style, Tone, or_list


def stats(answer: Stats, style: Style) -> list[Card]:
    newest = style.date(answer.newest_article) if answer.newest_article else "none yet"
    updated = style.date(answer.last_update.date()) if answer.last_update else "never"
    fields = (
        Field("Articles", str(answer.articles), inline=True),
        Field("People", str(answer.people), inline=True),
        Field("Characters", str(answer.characters), inline=True),
        Field("Quotes", str(answer.quotes), inline=True),
        Field("Newest article", newest, inline=True),
        Field("Last update", updated, inline=True),
    )
    text = (
        "I answer questions about the film from the news articles my operator gives me. "
        "Every fact I know was extracted from one of them, and every answer names its sources."
    )
    return [Card("About this bot", text, fields, footer=f"Version {answer.version}")]


def help_card(answer: Help, style: Style) -> list[Card]:
    fields = tuple(
        Field(
            section.name,
            "\n".join(
                f"{style.strong(entry.usage)} — {entry.description}\n"
                f"  e.g. {style.plain(entry.example)}"
                for entry in section.entries
            ),
        )
        for section in answer.sections
    )
    text = "Add `private:True` to any lookup to get an answer only you can see."
    return [Card("Commands", text, fields)]


def not_found(answer: NotFound, style: Style) -> list[Card]:
    query = style.echo(answer.query)
    if answer.kind == "quote":
        text = f"I have no quote matching that ({query})."
    else:
        text = f"I know no {answer.kind} by that name: “{query}”."
    if answer.suggestions:
        text += f"\nDid you mean {or_list([style.plain(s) for s in answer.suggestions])}?"
    return [Card("Not found", text, tone=Tone.NOTICE)]
