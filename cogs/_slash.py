"""discord.py's ``command`` and ``describe``, handing it descriptions already as Discord gets them.

discord.py cuts every command's and option's description to what Discord takes (its first
paragraph, on one line, at most 100 characters) as the command is built: a
:class:`textwrap.TextWrapper` pass each (``discord.utils._shorten``), about 12 µs, so some 1 ms
of every start for the cogs' 89 descriptions. Ours are written that way already: one line of
single spaces, at most 100 characters, which that pass leaves as it is. These decorators hand
such a description over as a :class:`~discord.app_commands.locale_str` (the form discord.py
keeps every description in once it has cut it), which it takes as it is; any other
description (several lines, too long) is left to discord.py to cut. The commands, and what a
sync sends Discord, are the same either way.

Use them as ``app_commands.command`` and ``app_commands.describe``; the options are theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from discord import app_commands
from discord.app_commands import locale_str

if TYPE_CHECKING:
    from discord.app_commands.commands import CommandCallback, GroupT

DESCRIPTION_LIMIT = 100
"""Discord's longest description of a command or an option."""

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F")


def as_sent(text: str | None) -> locale_str | None:
    """``text`` as the description Discord gets, when discord.py would send it as it is (one
    line of single spaces, at most 100 characters); None when discord.py must cut it."""
    if text is None or len(text) > DESCRIPTION_LIMIT or " ".join(text.split()) != text:
        return None
    return locale_str(text)


def command(
    **options: Any,
) -> Callable[[CommandCallback[GroupT, P, T]], app_commands.Command[GroupT, P, T]]:
    """``app_commands.command``: its description is the callback's docstring, as there."""

    def decorator(callback: CommandCallback[GroupT, P, T]) -> app_commands.Command[GroupT, P, T]:
        description = as_sent(callback.__doc__)
        if description is None or "description" in options:
            return app_commands.command(**options)(callback)
        return app_commands.command(**options, description=description)(callback)

    return decorator


def describe(**descriptions: str) -> Callable[[F], F]:
    """``app_commands.describe``: each option's description, as there."""
    given = {name: as_sent(text) or text for name, text in descriptions.items()}
    return app_commands.describe(**given)
