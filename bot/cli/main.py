"""``python -m bot``: seed the knowledge base, ask offline, open the console, or run on Discord.

The command lines here are a contract other tools rely on; see the README's command table.
Exit codes: 0 when the command ran, 1 when it could not run at all, 2 for a usage mistake,
3 when Discord rejected the token (a service manager should not restart then).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from msgspec.structs import replace

from bot.cli.errors import WebCommandError
from bot.cli.logs import configure_logging
from bot.cli.runlock import AlreadyRunning, run_lock
from bot.client.fanbot import FanBot, create_bot
from bot.client.presenters import ConsolePresenter
from bot.config import ConfigError, Settings, load_settings
from bot.db.backup import BackupError, backup_database, export_knowledge
from bot.db.connection import Database, DatabaseError, is_locked_error, open_database
from bot.ingestion.scan import SeedsFolderError
from bot.knowledge import Knowledge
from bot.malloc import share_one_malloc_arena
from bot.render.common import counted
from bot.web.fetch import Fetcher
from bot.web.reader import fetch_policy

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TOKEN_REJECTED = 0, 1, 2, 3

log = logging.getLogger(__name__)

TOKEN_REJECTED = (
    "Error: Discord rejected DISCORD_TOKEN. Reset the token on the Bot page of your application "
    "at https://discord.com/developers/applications and put the new one in .env."
)

NO_TOKEN_HELP = """\
No DISCORD_TOKEN is configured, so the bot is opening its offline console instead.
To connect it to Discord: create an application at https://discord.com/developers/applications,
add a bot to it, copy the bot's token, and put DISCORD_TOKEN=<token> in .env (see .env.example
and the README's "Self-hosting" section). Then start it again.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake exits with 2 and one clear line, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n(see `{self.prog} --help`)\n")


class _Command(_Parser):
    """A command's parser whose arguments are added when the command is used (parsed, or its
    help shown): ``run`` builds no other command's options before the bot starts."""

    def __init__(
        self, *args: Any, arguments: Callable[[argparse.ArgumentParser], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._arguments: Callable[[argparse.ArgumentParser], None] | None = arguments

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._arguments is not None:
            add, self._arguments = self._arguments, None
            add(self)
        return super().parse_known_args(args, namespace)


def build_parser() -> argparse.ArgumentParser:
    # The module docstring's first line, without its reST markup (``...``).
    summary = __doc__.split("\n")[0].replace("``", "")
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


def main(argv: Sequence[str] | None = None) -> int:
    if not gc.isenabled():  # paused while ``python -m bot`` imported the bot (bot/__main__.py)
        # What the imports made (modules, classes, patterns) lives as long as the process:
        # frozen, the collector's first pass skips it instead of spending 20-30 ms there.
        gc.freeze()
        gc.enable()
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return EXIT_FAILED
    configure_logging(settings)
    try:
        code = asyncio.run(_dispatch(args, settings))
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except BrokenPipeError:
        _reader_went_away()
        return EXIT_FAILED
    except (
        DatabaseError,
        SeedsFolderError,
        ConfigError,
        BackupError,
        AlreadyRunning,
        WebCommandError,
    ) as error:
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as error:
        print(f"Error: {describe_database_failure(settings, error)}", file=sys.stderr)
        return EXIT_FAILED
    except discord.LoginFailure:
        print(TOKEN_REJECTED, file=sys.stderr)
        return EXIT_TOKEN_REJECTED
    except KeyboardInterrupt:
        return EXIT_OK


def _reader_went_away() -> None:
    """The reader of our output went away (``python -m bot export | head``): say nothing more,
    as ``cat`` does, and let nothing print a traceback at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _print_answer(text: str) -> None:
    """An offline answer on stdout; a reader that went away ends the output quietly."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _reader_went_away()


def describe_database_failure(settings: Settings, error: sqlite3.Error) -> str:
    """An operator's sentence for a database error that stopped a command (no traceback)."""
    path = settings.database_path
    text = str(error)
    if is_locked_error(error):
        return (
            f"the database {path} is locked by another program (another bot or seed, a backup "
            "tool); nothing was changed. Try again when it is done."
        )
    if "readonly" in text or "read-only" in text:
        return (
            f"the database {path} is read-only (check the file's and its folder's permissions); "
            "nothing was changed."
        )
    if "disk is full" in text or "disk I/O" in text:
        return f"the database {path} could not be written ({text}); nothing was changed."
    return f"the database {path} failed: {text}; nothing was changed."


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    if getattr(args, "db", None):
        settings = replace(settings, database_path=args.db)
    if getattr(args, "seeds", None):
        settings = replace(settings, seeds_dir=args.seeds)
    return settings


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    use_discord_endpoints(settings)
    match args.command:
        case "seed":
            return await _seed(settings, rebuild=args.rebuild)
        case "ask":
            return await _ask(settings, " ".join(args.line))
        case "console":
            return await _console(settings)
        case "run":
            return await _run(settings)
        case "sync":
            from bot.cli.sync import sync_commands  # noqa: PLC0415 - the other commands need none

            token = settings.require_token()
            async with _open(settings) as db:
                print(await sync_commands(settings, db, token, args.guild, clear=args.clear))
            return EXIT_OK
        case "check":
            return _check(settings)
        case "backup":
            return await _backup(settings, args.file)
        case "export":
            return await _export(settings, args.file)
        case "fetch":
            from bot.cli import web  # noqa: PLC0415 - the reading and feed checks: for these only

            async with _open(settings) as db:
                print(await web.fetch_article(settings, db, args.url))
            return EXIT_OK
        case "feeds":
            from bot.cli import web  # noqa: PLC0415

            async with _open(settings) as db:
                print(await web.feeds_command(settings, db, args))
            return EXIT_OK
    if settings.discord_token:
        return await _run(settings)
    print(NO_TOKEN_HELP)
    return await _console(settings)


async def _seed(settings: Settings, *, rebuild: bool) -> int:
    # Here, not at the top: `run` reads the seeds only after READY (FanBot.on_connect), and
    # reports none.
    from bot.cli.report import describe_report  # noqa: PLC0415
    from bot.ingestion.service import ingest_seeds  # noqa: PLC0415

    async with _open(settings) as db:
        # New articles queue their alerts even offline; the bot delivers them when it runs.
        report = await ingest_seeds(db, settings, rebuild=rebuild)
    print(describe_report(report))
    return EXIT_OK


async def _ask(settings: Settings, line: str) -> int:
    from bot.cli.console import run_line  # noqa: PLC0415 - the offline console, for ask only
    from bot.cli.invocation import UsageError  # noqa: PLC0415

    if not settings.database_path.is_file():
        print(
            f"Error: there is no database at {settings.database_path}. "
            "Run `python -m bot seed` first.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    async with _open(settings) as db, _offline_bot(settings, db) as bot:
        try:
            await run_line(bot, bot.tree, line)
        except UsageError as error:
            print(f"Error: {error}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK


async def _console(settings: Settings) -> int:
    from bot.cli.console import interactive, read_seeds_again  # noqa: PLC0415 - console only
    from bot.cli.report import describe_report  # noqa: PLC0415 - see _seed
    from bot.ingestion.service import ingest_seeds  # noqa: PLC0415 - see _seed

    async with _open(settings) as db:
        report = await ingest_seeds(db, settings)
        print(describe_report(report, only_summary=True))
        async with _offline_bot(settings, db) as bot:
            again = partial(read_seeds_again, db, settings, bot.knowledge)
            await interactive(bot, bot.tree, before_each=again)
    return EXIT_OK


async def _run(settings: Settings) -> int:
    token = settings.require_token()
    share_one_malloc_arena()  # before the database's and the watcher's threads start
    with run_lock(settings.database_path):  # one running bot per database
        # The seeds folder is read once connected, in the background (the bot's LiveIngestion):
        # members get answers at once, and what arrived while the bot was down is alerted.
        async with (
            _open(settings) as db,
            Fetcher(fetch_policy(settings)) as fetcher,
            create_bot(settings, db, news_alerts=True, fetcher=fetcher) as bot,
        ):
            _close_on_signals(bot)
            await bot.login(token)  # and set up: every extension and command loaded
            # What exists now lives as long as the bot: kept out of the collector's passes,
            # which members' commands would otherwise wait for.
            gc.freeze()
            await bot.connect()
        log.info("stopped")
    return EXIT_OK


def _close_on_signals(bot: FanBot) -> None:
    """SIGINT/SIGTERM close the bot gracefully: stop watching, finish the delivery under way;
    then the database closes as ``_run`` unwinds. Pending alerts wait for the next start."""
    loop = asyncio.get_running_loop()
    closing: list[asyncio.Task[None]] = []  # held, so the task is not collected half-way

    def stop(name: str) -> None:
        log.info("stopping (%s)", name)
        closing.append(loop.create_task(bot.close()))

    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop, signal_number.name)


def _check(settings: Settings) -> int:
    from bot.cli.check import Level, check_installation  # noqa: PLC0415 - for check only

    findings = check_installation(settings)
    for finding in findings:
        print(f"[{finding.level.value:>7}] {finding.topic}: {finding.message}")
    problems = sum(finding.level is Level.PROBLEM for finding in findings)
    print("Ready to run." if not problems else f"{counted(problems, 'problem')} to fix first.")
    return EXIT_FAILED if problems else EXIT_OK


async def _backup(settings: Settings, target: Path) -> int:
    size = await backup_database(settings.database_path, target)
    print(f"Backed up {settings.database_path} to {target} ({size:,} bytes).")
    return EXIT_OK


async def _export(settings: Settings, target: Path | None) -> int:
    if not settings.database_path.is_file():
        raise DatabaseError(f"there is no database at {settings.database_path}")
    async with _open(settings) as db:
        knowledge = await export_knowledge(db)
    text = json.dumps(knowledge, ensure_ascii=False, indent=2)
    if target is None:
        print(text)
    else:
        await asyncio.to_thread(target.write_text, text + "\n", "utf-8")
        print(f"Exported the knowledge base to {target}.")
    return EXIT_OK


def use_discord_endpoints(settings: Settings) -> None:
    """Point discord.py at another Discord API/gateway (self-hosted gateways, tests)."""
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def _open(settings: Settings) -> AbstractAsyncContextManager[Database]:
    """The configured database, with the configured patience for other programs' locks."""
    return open_database(settings.database_path, busy_timeout_ms=settings.db_busy_timeout_ms)


@asynccontextmanager
async def _offline_bot(settings: Settings, db: Database) -> AsyncIterator[FanBot]:
    """The real bot with every cog loaded, answering in text instead of on Discord."""
    presenter = ConsolePresenter(_print_answer)
    bot = FanBot(
        settings=settings, db=db, knowledge=Knowledge(db), presenter=presenter, cooldowns=False
    )
    async with bot:
        await bot.load_features()
        yield bot
