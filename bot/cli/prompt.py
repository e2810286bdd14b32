"""The console's terminal prompt: slash commands, options and their values complete with Tab.

Kept apart from :mod:`bot.cli.console` so that only an operator at a terminal loads
prompt_toolkit; the bot running on Discord never does.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, AsyncIterator, Iterator

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from bot.cli.invocation import CommandSpec, OptionSpec, Suggest


async def prompt_lines(specs: list[CommandSpec], suggest: Suggest) -> AsyncIterator[str]:
    """Lines typed at the prompt, until end of input or Ctrl-C."""
    session: PromptSession[str] = PromptSession(completer=SlashCompleter(specs, suggest))
    while True:
        try:
            yield await session.prompt_async("> ")
        except (EOFError, KeyboardInterrupt):
            return


class SlashCompleter(Completer):
    """Completes command names, then option names (from any part of them) and values: an
    option's choices, or what the command suggests on Discord (characters, people, titles).

    Text right after the command fills its first option, as when running it.
    """

    def __init__(self, specs: list[CommandSpec], suggest: Suggest) -> None:
        self._specs = sorted(specs, key=lambda spec: -len(spec.qualified_name))
        self._suggest = suggest

    def get_completions(
        self, document: Document, complete_event: CompleteEvent
    ) -> Iterator[Completion]:
        """Command and option names (values need the bot: see the async variant)."""
        typed = document.text_before_cursor.lstrip()
        found = self._command(typed)
        if found is None:
            yield from self._command_completions(typed)
            return
        spec, rest = found
        yield from _option_names(spec, _last_word(rest))

    async def get_completions_async(
        self, document: Document, complete_event: CompleteEvent
    ) -> AsyncGenerator[Completion, None]:
        typed = document.text_before_cursor.lstrip()
        found = self._command(typed)
        if found is None:
            for completion in self._command_completions(typed):
                yield completion
            return
        spec, rest = found
        for completion in _option_names(spec, _last_word(rest)):
            yield completion
        option, value = _current_option(spec, rest)
        if option is None:
            return
        for suggestion in await self._suggest(spec, option, value.lstrip()):
            yield Completion(suggestion, start_position=-len(value.lstrip()))

    def _command(self, typed: str) -> tuple[CommandSpec, str] | None:
        """The command typed in full (followed by a space) and the text after it."""
        bare = typed.removeprefix("/")
        for spec in self._specs:
            name = spec.qualified_name
            if bare.startswith(name + " "):
                return spec, bare[len(name) + 1 :]
        return None

    def _command_completions(self, typed: str) -> Iterator[Completion]:
        bare = typed.removeprefix("/")
        for spec in sorted(self._specs, key=lambda s: s.qualified_name):
            if spec.qualified_name.startswith(bare):
                yield Completion(
                    "/" + spec.qualified_name,
                    start_position=-len(typed),
                    display_meta=spec.description,
                )


def _last_word(text: str) -> str:
    return "" if not text or text[-1].isspace() else text.rsplit(maxsplit=1)[-1]


def _option_names(spec: CommandSpec, word: str) -> Iterator[Completion]:
    """Options whose name starts with, or else contains, the word being typed."""
    if ":" in word:
        return
    folded = word.casefold()
    starting = [o for o in spec.options if o.name.startswith(folded)]
    containing = [o for o in spec.options if folded in o.name and o not in starting]
    for option in starting + containing if folded else spec.options:
        yield Completion(
            f"{option.name}:", start_position=-len(word), display_meta=_option_help(option)
        )


def _current_option(spec: CommandSpec, rest: str) -> tuple[OptionSpec | None, str]:
    """The option whose value is being typed, and its value so far."""
    names = [option.name for option in spec.options]
    if not names:
        return None, ""
    marker = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, names)) + r"):")
    markers = list(marker.finditer(rest))
    if not markers:
        return spec.options[0], rest
    last = markers[-1]
    option = next(o for o in spec.options if o.name == last[1])
    return option, rest[last.end() :]


def _option_help(option: OptionSpec) -> str:
    return option.description + ("" if option.required else " (optional)")
