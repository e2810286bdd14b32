"""Reading a typed slash command ("/quote person:Joe Bloggs") the way Discord's client would.

Pure: a command line and the commands' option lists in, the interaction data Discord would
send out. Text right after the command name fills its first option.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

import msgspec
from discord import AppCommandOptionType

_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}
_OPTION_ANYWHERE = re.compile(r"(?:^|\s)([a-z][a-z0-9_-]*):(?!//)")
"""What reads as an option name: lower-case letters, digits, ``-`` and ``_`` before a colon
(not a link's ``https://``)."""
_SUPPORTED_TYPES = (
    AppCommandOptionType.string,
    AppCommandOptionType.integer,
    AppCommandOptionType.number,
    AppCommandOptionType.boolean,
)


_Value = TypeVar("_Value", str, int | float)


class UsageError(ValueError):
    """The line does not name a known command or option, or a value has the wrong type."""


class OptionSpec(msgspec.Struct, frozen=True):
    name: str
    type: AppCommandOptionType
    required: bool
    description: str = ""
    minimum: int | float | None = None
    """The smallest number, or the shortest text, Discord would accept."""
    maximum: int | float | None = None
    choices: tuple[str, ...] = ()
    """The only values Discord offers, when the option has a fixed list."""
    autocomplete: bool = False
    """The command suggests values as they are typed (names, titles)."""


class CommandSpec(msgspec.Struct, frozen=True):
    """A slash command as members see it: its full name ("news search") and options."""

    qualified_name: str
    description: str
    options: tuple[OptionSpec, ...]


Suggest = Callable[[CommandSpec, OptionSpec, str], Awaitable[list[str]]]
"""Values to complete an option with, given what is typed so far (the console's Tab)."""


class Invocation(msgspec.Struct, frozen=True):
    command: CommandSpec
    values: Mapping[str, str | int | float | bool]

    def interaction_data(self) -> dict[str, Any]:
        """The ``data`` of an APPLICATION_COMMAND interaction, nested for groups."""
        options: list[dict[str, Any]] = [
            {"name": option.name, "type": option.type.value, "value": self.values[option.name]}
            for option in self.command.options
            if option.name in self.values
        ]
        return _nested(self.command, options)

    def autocomplete_data(self, focused: str, typed: str) -> dict[str, Any]:
        """The ``data`` of an AUTOCOMPLETE interaction: ``typed`` so far in option ``focused``,
        beside the options already given (as Discord sends them: the focused one as text)."""
        options: list[dict[str, Any]] = [
            {"name": option.name, "type": option.type.value, "value": self.values[option.name]}
            for option in self.command.options
            if option.name in self.values and option.name != focused
        ]
        kind = next(o.type for o in self.command.options if o.name == focused)
        options.append({"name": focused, "type": kind.value, "value": typed, "focused": True})
        return _nested(self.command, options)


def _nested(command: CommandSpec, options: list[dict[str, Any]]) -> dict[str, Any]:
    """Options inside their subcommand (and group), as Discord nests them."""
    root, *path = command.qualified_name.split(" ")
    for index, name in reversed(list(enumerate(path))):
        kind = (
            AppCommandOptionType.subcommand
            if index == len(path) - 1
            else AppCommandOptionType.subcommand_group
        )
        options = [{"name": name, "type": kind.value, "options": options}]
    return {"id": "0", "type": 1, "name": root, "options": options}


def parse_invocation(line: str, commands: Iterable[CommandSpec]) -> Invocation:
    """Match the longest command name, then split the rest into ``name:value`` options."""
    text = line.strip().removeprefix("/").strip()
    if not text:
        raise UsageError("type a command, for example /release-date")
    by_name = {command.qualified_name: command for command in commands}
    words = text.split()
    for length in range(min(3, len(words)), 0, -1):
        command = by_name.get(" ".join(words[:length]))
        if command is not None:
            rest = text.split(None, length)[length] if len(words) > length else ""
            return Invocation(command, _option_values(command, rest.strip()))
    raise UsageError(f"unknown command /{words[0]}." + _did_you_mean(words, by_name))


def _did_you_mean(words: list[str], by_name: Mapping[str, CommandSpec]) -> str:
    """The closest command names to what was typed, else the list of every command."""
    typed = [" ".join(words[:length]) for length in range(min(3, len(words)), 0, -1)]
    close = [
        name
        for attempt in typed
        for name in difflib.get_close_matches(attempt, list(by_name), n=3, cutoff=0.6)
    ]
    if close:
        names = list(dict.fromkeys(f"/{name}" for name in close))[:3]
        return f" Did you mean {' or '.join(names)}?"
    return " Commands: " + ", ".join(f"/{name}" for name in sorted(by_name))


def _option_values(command: CommandSpec, rest: str) -> dict[str, str | int | float | bool]:
    names = [option.name for option in command.options]
    for found in _OPTION_ANYWHERE.finditer(rest):
        if found[1] not in names:
            close = difflib.get_close_matches(found[1], names, n=1)
            hint = f" (did you mean {close[0]}:?)" if close else ""
            raise UsageError(
                f"/{command.qualified_name} has no option {found[1]!r}{hint}" + _options(command)
            )
    marker = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, names)) + r"):") if names else None
    raw: dict[str, str] = {}
    positions = list(marker.finditer(rest)) if marker else []
    leading = rest[: positions[0].start()] if positions else rest
    if leading.strip():
        if not names:
            raise UsageError(f"/{command.qualified_name} takes no options")
        raw[names[0]] = leading.strip()
    for index, match in enumerate(positions):
        end = positions[index + 1].start() if index + 1 < len(positions) else len(rest)
        name = match[1]
        if name in raw:
            raise UsageError(f"option {name!r} is given twice")
        raw[name] = rest[match.end() : end].strip()

    values = {name: _convert(command, name, value) for name, value in raw.items()}
    missing = [o.name for o in command.options if o.required and o.name not in values]
    if missing:
        raise UsageError(
            f"/{command.qualified_name} needs {', '.join(missing)}" + _options(command)
        )
    return values


def _convert(command: CommandSpec, name: str, value: str) -> str | int | float | bool:
    option = next(option for option in command.options if option.name == name)
    if option.type in (AppCommandOptionType.integer, AppCommandOptionType.number):
        number = _number(option, value)
        return _in_range(option, number, number)
    if option.type is AppCommandOptionType.boolean:
        if value.casefold() in _TRUE | _FALSE:
            return value.casefold() in _TRUE
        raise UsageError(f"{name} must be true or false, not {value!r}")
    if not value:
        raise UsageError(f"{name} needs a value")
    if option.choices:
        return _choice(option, value)
    return _in_range(option, value, len(value), unit=" characters")


def _choice(option: OptionSpec, value: str) -> str:
    """One of the option's choices, in any letter case; else the list of them."""
    for choice in option.choices:
        if choice.casefold() == value.casefold():
            return choice
    listed = ", ".join(option.choices[:-1]) + f" or {option.choices[-1]}"
    if len(option.choices) == 1:
        listed = option.choices[0]
    raise UsageError(f"{option.name} must be {listed}, not {value!r}")


def _number(option: OptionSpec, value: str) -> int | float:
    try:
        return int(value) if option.type is AppCommandOptionType.integer else float(value)
    except ValueError:
        raise UsageError(f"{option.name} must be a number, not {value!r}") from None


def _in_range(option: OptionSpec, value: _Value, size: float, unit: str = "") -> _Value:
    """Discord refuses values outside an option's limits before the bot sees them; so do we."""
    if option.minimum is not None and size < option.minimum:
        raise UsageError(f"{option.name} must be at least {option.minimum}{unit}")
    if option.maximum is not None and size > option.maximum:
        raise UsageError(f"{option.name} must be at most {option.maximum}{unit}")
    return value


def _options(command: CommandSpec) -> str:
    if not command.options:
        return ""
    listed = ", ".join(
        f"{o.name}:" + ("" if o.required else " (optional)") for o in command.options
    )
    return f". Options: {listed}"


def supported(option_type: AppCommandOptionType) -> bool:
    """Whether the console can type this kind of option (text, numbers, true/false)."""
    return option_type in _SUPPORTED_TYPES
