"""``python -m bot``: seed the knowledge base, ask offline, open the console, or run on Discord.

The command lines here are a contract other tools rely on; see the README's command table.
Exit codes: 0 when the command ran, 1 when it could not run at all, 2 for a usage mistake,
3 when Discord rejected the token (a service manager should not restart then).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import yarl
from msgspec.structs import replace

from bot.cli.logs import configure_logging
from bot.cli.parser import EXIT_FAILED, EXIT_OK, EXIT_TOKEN_REJECTED, EXIT_USAGE, build_parser
from bot.cli.runlock import AlreadyRunning, run_lock
from bot.config import ConfigError, Settings, load_settings
from bot.db.connection import Database, DatabaseError, is_locked_error, open_database
from bot.errors import OperatorError
from bot.knowledge import Knowledge
from bot.lazy_modules import lazy_module
from bot.malloc import share_one_malloc_arena

if TYPE_CHECKING:
    import discord
    import discord.gateway
    import discord.http

    from bot.cli import console, invocation, web
    from bot.cli import report as reporting
    from bot.client import fanbot, presenters
    from bot.db import backup
    from bot.ingestion import service
    from bot.web import fetch, reader
else:  # each for the commands that use it: `run` reads the seeds only after READY
    # (FanBot.on_connect) and reports none; the console (and `ask`'s reading of a typed
    # command) and the reading and feed checks are their own commands'; backup and export are
    # their own too. Discord's library and the bot (a third of a second to import) are the
    # commands' that connect or answer: `seed`, `export` and the others that only read or
    # write the database never load them (see _load_for_discord for `run`).
    discord = lazy_module("discord")
    fanbot = lazy_module("bot.client.fanbot")
    presenters = lazy_module("bot.client.presenters")
    fetch = lazy_module("bot.web.fetch")
    reader = lazy_module("bot.web.reader")
    backup = lazy_module("bot.db.backup")
    console = lazy_module("bot.cli.console")
    invocation = lazy_module("bot.cli.invocation")
    reporting = lazy_module("bot.cli.report")
    service = lazy_module("bot.ingestion.service")
    web = lazy_module("bot.cli.web")

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


def main(argv: Sequence[str] | None = None) -> int:
    if not gc.isenabled():  # paused while ``python -m bot`` imported the bot (bot/__main__.py)
        # What the imports made (modules, classes, patterns) lives as long as the process:
        # frozen, the collector's first pass skips it instead of spending 20-30 ms there.
        gc.freeze()
        gc.enable()
    # The module docstring's first line, without its reST markup (``...``).
    args = build_parser(__doc__.split("\n")[0].replace("``", "")).parse_args(argv)
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
    except (DatabaseError, ConfigError, AlreadyRunning, OperatorError) as error:
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
    if args.command == "run":
        _load_for_discord()  # before anything reads the library (the endpoints, here)
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
            async with _open(settings) as db:
                print(await web.fetch_article(settings, db, args.url))
            return EXIT_OK
        case "feeds":
            async with _open(settings) as db:
                print(await web.feeds_command(settings, db, args))
            return EXIT_OK
    if settings.discord_token:
        return await _run(settings)
    print(NO_TOKEN_HELP)
    return await _console(settings)


async def _seed(settings: Settings, *, rebuild: bool) -> int:
    async with _open(settings) as db:
        # New articles queue their alerts even offline; the bot delivers them when it runs.
        report = await service.ingest_seeds(db, settings, rebuild=rebuild)
    print(reporting.describe_report(report))
    return EXIT_OK


async def _ask(settings: Settings, line: str) -> int:
    if not settings.database_path.is_file():
        print(
            f"Error: there is no database at {settings.database_path}. "
            "Run `python -m bot seed` first.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    async with _open(settings) as db, _offline_bot(settings, db) as bot:
        try:
            await console.run_line(bot, bot.tree, line)
        except invocation.UsageError as error:
            print(f"Error: {error}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK


async def _console(settings: Settings) -> int:
    async with _open(settings) as db:
        report = await service.ingest_seeds(db, settings)
        print(reporting.describe_report(report, only_summary=True))
        async with _offline_bot(settings, db) as bot:
            again = partial(console.read_seeds_again, db, settings, bot.knowledge)
            await console.interactive(bot, bot.tree, before_each=again)
    return EXIT_OK


async def _run(settings: Settings) -> int:
    token = settings.require_token()
    share_one_malloc_arena()  # before the database's and the watcher's threads start
    with run_lock(settings.database_path):  # one running bot per database
        # The seeds folder is read once connected, in the background (the bot's LiveIngestion):
        # members get answers at once, and what arrived while the bot was down is alerted.
        async with (
            _open(settings) as db,
            fetch.Fetcher(reader.fetch_policy(settings)) as fetcher,
            fanbot.create_bot(settings, db, news_alerts=True, fetcher=fetcher) as bot,
        ):
            _close_on_signals(bot)
            with _collector_paused_then_frozen():
                await bot.login(token)  # and set up: every extension and command loaded
            await bot.connect()
        log.info("stopped")
    return EXIT_OK


def _load_for_discord() -> None:
    """Import what connecting needs (the deferred modules above; discord.py brings its gateway
    and HTTP modules) as ``python -m bot`` imported the rest: with the collector paused, then
    frozen (see main), so its passes on the way to READY skip it all."""
    with _collector_paused_then_frozen():
        for deferred in (discord, fanbot, presenters, fetch, reader):
            importlib.import_module(deferred.__name__)


@contextmanager
def _collector_paused_then_frozen() -> Iterator[None]:
    """Logging in loads every extension: its commands, like the imports before them, live as
    long as the bot, so the collector's passes over them (about a millisecond on the way to
    READY) would find nothing. Paused until then; then what exists is frozen, kept out of the
    passes that members' commands would otherwise wait for."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _close_on_signals(bot: fanbot.FanBot) -> None:
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
    from bot.render.common import counted  # noqa: PLC0415 - as check_installation

    findings = check_installation(settings)
    for finding in findings:
        print(f"[{finding.level.value:>7}] {finding.topic}: {finding.message}")
    problems = sum(finding.level is Level.PROBLEM for finding in findings)
    print("Ready to run." if not problems else f"{counted(problems, 'problem')} to fix first.")
    return EXIT_FAILED if problems else EXIT_OK


async def _backup(settings: Settings, target: Path) -> int:
    size = await backup.backup_database(settings.database_path, target)
    print(f"Backed up {settings.database_path} to {target} ({size:,} bytes).")
    return EXIT_OK


async def _export(settings: Settings, target: Path | None) -> int:
    if not settings.database_path.is_file():
        raise DatabaseError(f"there is no database at {settings.database_path}")
    async with _open(settings) as db:
        knowledge = await backup.export_knowledge(db)
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
async def _offline_bot(settings: Settings, db: Database) -> AsyncIterator[fanbot.FanBot]:
    """The real bot with every cog loaded, answering in text instead of on Discord."""
    presenter = presenters.ConsolePresenter(_print_answer)
    bot = fanbot.FanBot(
        settings=settings, db=db, knowledge=Knowledge(db), presenter=presenter, cooldowns=False
    )
    async with bot:
        await bot.load_features()
        yield bot
