"""Cards about the bot itself, its commands, and answers that found nothing."""

from __future__ import annotations

import re

from bot.answers.lookups import CommandHelp, Help, HelpOption, KnownAs, NotFound, Stats
from bot.render.common import Card, Field, Style, Tone, and_list, in_words, or_list

MODERATORS = "moderators only"


def stats(answer: Stats, style: Style) -> list[Card]:
    newest = style.date(answer.newest_article) if answer.newest_article else "none yet"
    updated = style.moment(answer.last_update) if answer.last_update else "never"
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
                f"{style.strong(entry.usage)} — {entry.description}"
                + (f" ({MODERATORS})" if entry.for_moderators else "")
                + (f"\n  e.g. {style.plain(entry.example)}" if entry.example else "")
                for entry in section.entries
            ),
        )
        for section in answer.sections
    )
    text = (
        "Add `private:True` to any lookup to get an answer only you can see. "
        "`/help command:<name>` explains one command."
    )
    return [Card("Commands", text, fields)]


def command_help(answer: CommandHelp, style: Style) -> list[Card]:
    """One command: what it does, each option, and examples to copy."""
    text = answer.description
    if answer.for_moderators:
        text += (
            f"\nFor {MODERATORS}: members with the Manage Server permission or this server's"
            " moderator role (see /moderators show)."
        )
    fields = [Field("Usage", style.plain(answer.usage))]
    if answer.options:
        fields.append(Field("Options", "\n".join(_option_line(o, style) for o in answer.options)))
    if answer.examples:
        fields.append(
            Field(
                "Try" if len(answer.examples) == 1 else "Examples",
                "\n".join(style.plain(example) for example in answer.examples),
            )
        )
    return [Card(f"/{answer.name}", text, tuple(fields))]


def _option_line(option: HelpOption, style: Style) -> str:
    line = f"{style.strong(option.name)}: {option.description}"
    if option.choices:
        line += f"; one of {or_list([style.plain(c) for c in option.choices])}"
    return line + ("" if option.required else " (optional)")


def not_found(answer: NotFound, style: Style) -> list[Card]:
    """What was not found, said plainly, with a way on: the right command or close names."""
    query = style.echo(answer.query)
    if answer.known_as is not None:
        text = _known_as(answer.known_as, style)
    elif answer.kind == "quote":
        text = _no_quote(answer, query)
        if re.fullmatch(r"#\d+", answer.query):  # a number, not text: shown as it is
            text = _no_quote(answer, answer.query)
    else:
        text = f"I know no {answer.kind} called “{query}”."
    if answer.suggestions:
        text += f"\nDid you mean {or_list([style.plain(s) for s in answer.suggestions])}?"
    return [Card("Not found", text, tone=Tone.NOTICE)]


def _known_as(known: KnownAs, style: Style) -> str:
    name = style.strong(known.name)
    related = and_list([style.strong(r) for r in known.related])
    if known.kind == "character":
        played = f", played by {related}" if related else ""
        return f"{name} is a character{played}. Try /who-plays {style.plain(known.name)}."
    did = [f"who plays {related}"] if related else []
    if known.jobs:
        credited = f"credited as {and_list([in_words(job) for job in known.jobs])}"
        did.append(f"is {credited}" if did else credited)
    what = " and ".join(did) if did else "in the news"
    return f"{name} is a person {what}. Try /who-is {style.plain(known.name)}."


def _no_quote(answer: NotFound, query: str) -> str:
    if answer.number is not None:
        if not answer.highest:
            return "I have no quotes yet."
        if answer.number <= answer.highest:
            return (
                f"Quote {query} is not one I can show: its article was removed, or a "
                f"moderator took it out or has yet to review it. Quote numbers go up to "
                f"#{answer.highest}."
            )
        return f"There is no quote {query}. Quote numbers go up to #{answer.highest}."
    return f"I have no quote {query}."
