"""The command line of ``python -m bot``: its commands, their options and its exit codes (the
contract in the README's command table)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TOKEN_REJECTED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake exits with 2 and one clear line, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n(see `{self.prog} --help`)\n")


class _Command(_Parser):
    """A command's parser, made (with its arguments) when the command is used (parsed, or its
    help shown): ``run`` makes no other command's parser before the bot starts.

    Making an :class:`argparse.ArgumentParser` is not free: each looks up its own headings'
    translations (a :mod:`gettext` search of the locale folders, three times) and registers
    its action classes, and ``run`` would otherwise make the nine other commands' too. Until it
    is used, this parser only holds what it is to be made with: the subcommands' action keeps
    it in its map and shows the command's ``help`` from its own list, never reading it.
    """

    def __init__(  # argparse's own set-up is in _make, on first use
        self, *args: Any, arguments: Callable[[argparse.ArgumentParser], None], **kwargs: Any
    ) -> None:
        self._unmade: tuple[tuple[Any, ...], dict[str, Any]] | None = (args, kwargs)
        self._arguments = arguments

    def _make(self) -> None:
        if self._unmade is not None:
            (args, kwargs), self._unmade = self._unmade, None
            super().__init__(*args, **kwargs)
            self._arguments(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._make()
        return super().parse_known_args(args, namespace)


def build_parser(summary: str) -> argparse.ArgumentParser:
    """The command line's parser, ``summary`` its description: each command's options are added
    only when that command is used."""
    parser = _Parser(prog="python -m bot", description=summary)
    commands = parser.add_subparsers(dest="command", parser_class=_Command)
    seeds = partial(_add_paths, seeds=True)
    add = commands.add_parser
    add("seed", help="ingest the seeds folder into the database", arguments=_seed_arguments)
    add(
        "ask",
        help="run one slash command offline, e.g. ask '/release-date'",
        arguments=_ask_arguments,
    )
    add("console", help="an interactive offline prompt", arguments=seeds)
    add("run", help="connect to Discord with DISCORD_TOKEN", arguments=seeds)
    add("sync", help="publish the slash commands to Discord", arguments=_sync_arguments)
    add("check", help="check the configuration, token, seeds and database", arguments=seeds)
    add("backup", help="copy the database safely, even while running", arguments=_backup_arguments)
    add("export", help="write the knowledge base as JSON", arguments=_export_arguments)
    add("fetch", help="write one article file from a web page", arguments=_fetch_arguments)
    add("feeds", help="the RSS and Atom feeds the bot follows", arguments=_feeds_arguments)
    return parser


def _seed_arguments(seed: argparse.ArgumentParser) -> None:
    _add_paths(seed, seeds=True)
    seed.add_argument(
        "--rebuild", action="store_true", help="re-extract every file (after an upgrade)"
    )


def _ask_arguments(ask: argparse.ArgumentParser) -> None:
    _add_paths(ask, seeds=False)
    ask.add_argument(
        "line", nargs="+", help='the command as typed in Discord, e.g. "/release-date"'
    )


def _sync_arguments(sync: argparse.ArgumentParser) -> None:
    sync.add_argument(
        "--guild", type=int, metavar="ID", help="one server only (instant); default: every server"
    )
    sync.add_argument(
        "--clear",
        action="store_true",
        help="remove the servers' own copies of the commands instead (with --guild: that one)",
    )
    _add_paths(sync, seeds=False)


def _backup_arguments(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("file", type=Path, help="the new backup file")
    _add_paths(backup, seeds=False)


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("file", type=Path, nargs="?", help="the JSON file (default: print it)")
    _add_paths(export, seeds=False)


def _fetch_arguments(fetch: argparse.ArgumentParser) -> None:
    fetch.add_argument("url", help="the article's address (http:// or https://)")
    _add_paths(fetch, seeds=True)


def _feeds_arguments(feeds: argparse.ArgumentParser) -> None:
    actions = feeds.add_subparsers(dest="feeds_command", parser_class=_Parser, required=True)
    add = actions.add_parser("add", help="follow a feed (checked while the bot runs)")
    add.add_argument("url", help="the feed's address")
    add.add_argument(
        "--every", type=int, metavar="MINUTES", help="check it this often (FEED_INTERVAL_MINUTES)"
    )
    remove = actions.add_parser("remove", help="stop following a feed; its articles stay")
    remove.add_argument("url", help="the feed's address (as `feeds list` shows it)")
    listed = actions.add_parser("list", help="each feed: last and next check, articles, errors")
    poll = actions.add_parser("poll", help="check every feed once, now, and print what was written")
    for action in (add, remove, listed, poll):
        _add_paths(action, seeds=True)


def _add_paths(parser: argparse.ArgumentParser, *, seeds: bool) -> None:
    parser.add_argument("--db", type=Path, help="the SQLite database file (DATABASE_PATH)")
    if seeds:
        parser.add_argument("--seeds", type=Path, help="the folder of article files (SEEDS_DIR)")
