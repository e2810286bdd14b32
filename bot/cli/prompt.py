"""The console's terminal prompt: slash commands and their options complete with Tab.

Kept apart from :mod:`bot.cli.console` so that only an operator at a terminal loads
prompt_toolkit; the bot running on Discord never does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from bot.cli.invocation import CommandSpec, OptionSpec


async def prompt_lines(specs: list[CommandSpec]) -> AsyncIterator[str]:
    """Lines typed at the prompt, until end of input or Ctrl-C."""
    session: PromptSession[str] = PromptSession(completer=SlashCompleter(specs))
    while True:
        try:
            yield await session.prompt_async("> ")
        except (EOFError, KeyboardInterrupt):
            return


class SlashCompleter(Completer):
    """Completes command names, then their option names."""

    def __init__(self, specs: list[CommandSpec]) -> None:
        self._specs = specs

    def get_completions(
        self, document: Document, complete_event: CompleteEvent
    ) -> Iterator[Completion]:
        typed = document.text_before_cursor.lstrip()
        bare = typed.removeprefix("/")
        for spec in self._specs:
            if " ".join(
                bare.split()[: len(spec.qualified_name.split())]
            ) == spec.qualified_name and (bare.endswith(" ")):
                yield from self._option_completions(spec, document.get_word_before_cursor())
                return
        for spec in self._specs:
            if spec.qualified_name.startswith(bare):
                yield Completion(
                    "/" + spec.qualified_name,
                    start_position=-len(typed),
                    display_meta=spec.description,
                )

    @staticmethod
    def _option_completions(spec: CommandSpec, word: str) -> Iterator[Completion]:
        for option in spec.options:
            if option.name.startswith(word):
                yield Completion(
                    f"{option.name}:", start_position=-len(word), display_meta=_option_help(option)
                )


def _option_help(option: OptionSpec) -> str:
    return option.description + ("" if option.required else " (optional)")
