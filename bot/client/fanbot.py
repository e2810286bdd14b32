"""The discord.py client: the bot object cogs receive, and the one error handler for commands."""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import logging
import math
import pkgutil
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.errors import (
    BUSY,
    ECHO,
    UNEXPECTED,
    ActionFailed,
    Busy,
    ExpectedError,
    InvalidInput,
    NotAllowed,
)
from bot.client.presenters import RENDERERS, DiscordPresenter, Presenter
from bot.client.views import BUTTONS
from bot.config import Settings
from bot.db.connection import Database
from bot.knowledge import QUERIES, Knowledge
from bot.lazy_modules import lazy_module
from bot.web.fetch import Fetcher
from bot.web.reader import WebReader

if TYPE_CHECKING:
    from bot.alerts.service import NewsAlerts
    from bot.feeds.poller import FeedPoller
    from bot.ingestion.service import LiveIngestion
    from bot.knowledge import matching
    from bot.render import common as wording
else:  # a cooldown's refusal words it; the renderers load it at READY (on_connect)
    matching = lazy_module("bot.knowledge.matching")  # the first lookup's, loaded at READY
    wording = lazy_module("bot.render.common")

log = logging.getLogger(__name__)

EXTENSIONS_PACKAGE = "cogs"


def discover_extensions(package: str = EXTENSIONS_PACKAGE) -> list[str]:
    """The extension modules in ``package``, found on disk so the core names none of them."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    found = pkgutil.iter_modules(spec.submodule_search_locations, prefix=f"{package}.")
    return sorted(module.name for module in found if module.name.rsplit(".", 1)[-1][0] != "_")


def describe_error(error: Exception) -> ExpectedError | None:
    """What to tell the member about a failure that is theirs (or the moment's) to fix.

    A command's own :class:`~bot.answers.errors.ExpectedError` (which discord.py wraps in
    ``CommandInvokeError``, or which a form or button raises as it is) as it is; discord.py's
    check and option errors, and a locked database, as the matching kind. None for anything
    else: a bug.
    """
    match error:
        case app_commands.CommandInvokeError():
            return describe_error(error.original)
        case ExpectedError():
            return error
        case app_commands.CommandOnCooldown():
            wait = max(1, math.ceil(error.retry_after))
            wait_for = wording.counted(wait, "second")
            return Busy(f"You can use this again in {wait_for}.", title="Slow down")
        case app_commands.MissingPermissions():
            return NotAllowed(
                f"You need the {_permission_names(error.missing_permissions)} permission."
            )
        case app_commands.BotMissingPermissions():
            return NotAllowed(
                f"I need the {_permission_names(error.missing_permissions)} permission here."
            )
        case app_commands.NoPrivateMessage():
            return NotAllowed("This command only works in a server.")
        case app_commands.CheckFailure() if isinstance(error.__cause__, ExpectedError):
            return error.__cause__  # a check of our own, refusing for a reason it words
        case app_commands.TransformerError():
            return _bad_option(error)
        case app_commands.CheckFailure():
            return NotAllowed("You can't use this command here.")
        case sqlite3.OperationalError() if "locked" in str(error) or "busy" in str(error):
            return Busy(BUSY)
    return None


_DISCORD_PERMISSION_NAMES = {
    "manage_guild": "Manage Server",
    "mention_everyone": "Mention All Roles",
    "create_events": "Create Events",
    "manage_events": "Manage Events",
}
"""Where discord.py's attribute name differs from what Discord's settings show."""


_SERVER_THINGS = {
    discord.AppCommandOptionType.channel: "channel",
    discord.AppCommandOptionType.role: "role",
    discord.AppCommandOptionType.user: "member",
    discord.AppCommandOptionType.mentionable: "member or role",
}


def _bad_option(error: app_commands.TransformerError) -> InvalidInput:
    """An option Discord sent but the command cannot use: a channel, role or member that is not
    in this server (Discord offers other servers' channels to those who can see them), or a
    value of the wrong kind."""
    thing = _SERVER_THINGS.get(error.type)
    if thing is not None:
        return InvalidInput(
            f"That {thing} is not one of this server's, or I cannot see it. "
            f"Pick a {thing} from this server."
        )
    return InvalidInput(f"“{ECHO}” is not a valid value for that option.", echo=str(error.value))


def _permission_names(permissions: list[str]) -> str:
    return ", ".join(
        _DISCORD_PERMISSION_NAMES.get(name, name.replace("_", " ").title()) for name in permissions
    )


class FanTree(app_commands.CommandTree["FanBot"]):
    """Turns every command failure into a short private message; logs what is a bug."""

    async def on_error(
        self, interaction: discord.Interaction[FanBot], error: app_commands.AppCommandError
    ) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        await explain_failure(interaction, error, f"command /{command}")


async def explain_failure(
    interaction: discord.Interaction[Any], error: Exception, what: str
) -> None:
    """Tell the member privately what failed (:func:`describe_error`); a bug is logged with
    ``what`` failed ("command /quote", "form /news add"), the member and the server."""
    expected = describe_error(error)
    if expected is None:
        log.error(
            "%s failed for user %s in guild %s",
            what,
            interaction.user.id,
            interaction.guild_id,
            exc_info=error,
        )
        expected = ActionFailed(UNEXPECTED, title="Something went wrong")
    try:
        await interaction.client.presenter.error(interaction, expected)
    except discord.HTTPException:
        log.warning("could not tell the member about a failed %s", what, exc_info=True)


class FanBot(commands.Bot):
    """The bot: its settings and knowledge are handed in by whoever owns them (the CLI)."""

    def __init__(
        self,
        *,
        settings: Settings,
        db: Database,
        knowledge: Knowledge,
        presenter: Presenter,
        news_alerts: bool = False,
        cooldowns: bool = True,
        web: WebReader | None = None,
        **options: Any,
    ) -> None:
        # The bot never joins voice channels: no warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=FanTree,
            allowed_mentions=discord.AllowedMentions.none(),
            # No member list is needed: the bot's own member (for permission checks) is kept.
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
            help_command=None,
            **options,
        )
        self.settings = settings
        self.db = db
        self.knowledge = knowledge
        self.presenter = presenter
        self.cooldowns = cooldowns
        """Whether members' commands have cooldowns (not in the offline console: one operator)."""
        self._run_news_alerts = news_alerts
        self._closing = False
        self.news_alerts: NewsAlerts | None = None
        """Delivering alerts and premiere events, from READY on (None offline, and before)."""
        self.ingestion: LiveIngestion | None = None
        """Watching seeds/ and ingesting what changes, from READY on (None offline)."""
        self.web = web
        """Reading articles and feeds from links (None: the bot was started without it)."""
        self.feeds: FeedPoller | None = None
        """Checking the followed feeds when due, from READY on with ``web`` (None otherwise)."""

    async def load_features(self) -> None:
        """Load every cog; used by Discord start-up and the offline console alike."""
        for name in discover_extensions():
            await self.load_extension(name)

    async def setup_hook(self) -> None:
        await self.load_features()
        self.add_dynamic_items(*BUTTONS)  # buttons pressed on answers sent before a restart
        if self.settings.dev_guild_id is not None:
            await self.sync_commands(self.settings.dev_guild_id)

    async def sync_commands(self, guild_id: int | None = None) -> list[app_commands.AppCommand]:
        """Publish the commands: to one server (instant), or globally (for every server).

        A server that also holds its own copy (from an earlier sync to it) shows every command
        twice; after a global sync :meth:`guild_copies` finds those servers.
        """
        if guild_id is None:
            synced = await self.tree.sync()
        else:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands to %s", len(synced), guild_id or "every server")
        return synced

    async def guild_copies(self) -> dict[int, int]:
        """The servers holding their own copy of the commands: server id -> how many.

        Asks Discord about every server the bot is in (one request each), connected or not.
        """
        guild_ids = [guild.id for guild in self.guilds]
        if not guild_ids:  # logged in for the command line only: no gateway, no cache
            guild_ids = [guild.id async for guild in self.fetch_guilds(limit=None)]
        copies = {}
        for guild_id in guild_ids:
            commands = await self.tree.fetch_commands(guild=discord.Object(guild_id))
            if commands:
                copies[guild_id] = len(commands)
        return copies

    async def clear_guild_copy(self, guild_id: int) -> None:
        """Remove a server's own copy of the commands (the global ones stay)."""
        guild = discord.Object(guild_id)
        self.tree.clear_commands(guild=guild)
        await self.tree.sync(guild=guild)
        log.info("removed the commands copied to server %d", guild_id)

    def storage_problems(self) -> list[str]:
        """What a full disk or another program's lock keeps the bot from doing right now."""
        jobs = [
            self.ingestion.watcher.trouble if self.ingestion else None,
            self.news_alerts.delivery.trouble if self.news_alerts else None,
        ]
        return [problem for job in jobs if job and (problem := job.describe())]

    async def _forget_cached_answers(self) -> None:
        self.knowledge.invalidate()

    async def knowledge_changed(self) -> None:
        """After a moderator's correction: forget cached answers, and (while connected) deliver
        any alert it queued and move the premiere event if the date changed."""
        self.knowledge.invalidate()
        if self.news_alerts is not None:
            await self.news_alerts.knowledge_changed()

    async def close(self) -> None:
        # The alerts are let go first: a READY arriving while the rest stops starts nothing
        # (on_connect) that would outlive the bot.
        self._closing = True
        alerts, self.news_alerts = self.news_alerts, None
        if self.feeds is not None:
            await self.feeds.stop()
            self.feeds = None
        if self.ingestion is not None:
            await self.ingestion.stop()
            self.ingestion = None
        if alerts is not None:
            await alerts.stop()
        await super().close()

    async def on_connect(self) -> None:
        """Discord's READY has arrived: now, not before logging in, the alerts are delivered
        (what was queued while the bot was down first) and the seeds folder is read (what
        arrived while the bot was down first) and watched; members' commands are answered
        meanwhile. Reconnections find them already running.

        The feeds are checked from now on too. They are all made here, not in
        :meth:`setup_hook`: READY needs none of them, so none of their modules is loaded on
        the way to it; nor does it need rapidfuzz, which name lookups do (loaded now, in a
        thread). Their modules are loaded in a worker thread too (:func:`load_in_thread`), so
        a member's first command does not wait on the event loop for them. So are the
        renderers every answer is drawn with (:data:`~bot.client.presenters.RENDERERS`), and
        the queries and name matching it is read with (:data:`~bot.knowledge.QUERIES`)."""
        await load_in_thread("bot.knowledge.matching")
        matching.preload_rapidfuzz()
        await load_in_thread(*QUERIES, *RENDERERS)
        if not self._run_news_alerts or self._closing:
            return
        if self.news_alerts is None:
            await load_in_thread("bot.alerts.service")
            if self._closing:  # the bot began closing while they loaded
                return
            if self.news_alerts is None:
                self.news_alerts = self._news_alerts()
                await self.news_alerts.start()
        if self.ingestion is None:
            await load_in_thread("bot.ingestion.service")
            if self._closing or self.news_alerts is None:
                return
            if self.ingestion is None:
                self.ingestion = self._seeds_ingestion(self.news_alerts)
        self.ingestion.start()
        if self.web is not None and self.feeds is None:
            await load_in_thread("bot.feeds.checking", "bot.feeds.poller")
            if self._closing or self.feeds is not None:
                return
            self.feeds = self._feed_poller(self.web)
            self.feeds.start()

    def _news_alerts(self) -> NewsAlerts:
        # Imported here, after READY (on_connect's docstring says why).
        from bot.alerts.service import NewsAlerts  # noqa: PLC0415

        return NewsAlerts(self, self.db, self.settings, self.knowledge)

    def _seeds_ingestion(self, alerts: NewsAlerts) -> LiveIngestion:
        # Imported here, after READY (on_connect's docstring says why).
        from bot.ingestion.service import LiveIngestion  # noqa: PLC0415

        listeners = [self._forget_cached_answers, alerts.knowledge_changed]
        return LiveIngestion(self.db, self.settings, listeners)

    def _feed_poller(self, web: WebReader) -> FeedPoller:
        # Imported here, after READY (on_connect's docstring says why).
        from bot.feeds.checking import FeedChecker  # noqa: PLC0415
        from bot.feeds.poller import FeedPoller  # noqa: PLC0415

        return FeedPoller(self.db, FeedChecker(self.db, web, self.settings.seeds_dir))

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))


async def load_in_thread(*names: str) -> None:
    """Import the modules ``names`` (absolute) in a worker thread, those not imported yet: the
    event loop goes on answering members meanwhile (running a module holds the GIL only in
    turns with the loop, where an import on the loop would hold the loop for all of it)."""
    for name in names:
        if name not in sys.modules:
            await asyncio.to_thread(importlib.import_module, name)


class ShardedFanBot(FanBot, commands.AutoShardedBot):
    """The same bot over several gateway connections, for bots in thousands of servers."""


def create_bot(
    settings: Settings,
    db: Database,
    *,
    news_alerts: bool = False,
    fetcher: Fetcher | None = None,
) -> FanBot:
    """The bot as it runs on Discord: embeds for answers, knowledge from ``db``.

    With ``news_alerts`` it also watches the seeds folder and delivers alerts once READY;
    with a ``fetcher`` (its owner closes it) it reads links, and checks feeds with the alerts.
    """
    options: dict[str, Any] = {}
    bot_class = FanBot
    if settings.shard_count is not None:
        bot_class = ShardedFanBot
        options["shard_count"] = settings.shard_count
        if settings.shard_ids is not None:
            options["shard_ids"] = list(settings.shard_ids)
    return bot_class(
        settings=settings,
        db=db,
        knowledge=Knowledge(db),
        presenter=DiscordPresenter(),
        news_alerts=news_alerts,
        web=WebReader(fetcher) if fetcher is not None else None,
        **options,
    )
