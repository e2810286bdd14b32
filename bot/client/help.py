"""The ``/help`` answer, built from the command tree itself so it never goes stale."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from discord import app_commands

from bot.answers.lookups import Help, HelpEntry, HelpSection


def build_help(
    commands: Iterable[app_commands.Command[Any, ..., Any]], examples: Mapping[str, str]
) -> Help:
    """Commands grouped by the cog that owns them, each with a usage line and an example.

    A command's ``extras["example"]`` may name values from ``examples`` (``{character}``):
    real names from the knowledge base, so every example is one a member can try.
    """
    sections: dict[str, list[HelpEntry]] = {}
    for command in commands:
        if command.extras.get("hidden"):
            continue
        section = command.binding.__cog_name__ if command.binding is not None else "Other"
        sections.setdefault(section, []).append(
            HelpEntry(_usage(command), command.description, _example(command, examples))
        )
    return Help(tuple(HelpSection(name, tuple(entries)) for name, entries in sections.items()))


def _usage(command: app_commands.Command[Any, ..., Any]) -> str:
    options = [
        f"{p.display_name}:" if p.required else f"[{p.display_name}:]"
        for p in command.parameters
        if p.display_name != "private"
    ]
    return " ".join([f"/{command.qualified_name}", *options])


def _example(command: app_commands.Command[Any, ..., Any], examples: Mapping[str, str]) -> str:
    template = command.extras.get("example")
    if not isinstance(template, str):
        return f"/{command.qualified_name}"
    try:
        return template.format_map(examples)
    except KeyError:  # the knowledge base has nothing to show yet
        return _usage(command)
