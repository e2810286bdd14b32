"""``/alerts``: where a server's news alerts go, which ones, whom they ping, and how it goes.

For moderators (Manage Server, or the server's moderator role). Discord hides the group from
others by default, and every command (and button) checks again at run time, since server
admins can change the defaults. Every command works on the server it is used in only: no
command takes another server's id. What each command does is
:mod:`bot.moderation.alert_settings` and :mod:`bot.moderation.alert_status`; every answer is
private. Those two modules are imported when a command first uses them
(:func:`bot.lazy_modules.lazy_module`): READY needs neither.
"""

from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.alerts.routing import kind_choices
from bot.answers import Answer
from bot.answers.alerts import AlertRoute
from bot.client.actions import Action
from bot.client.fanbot import FanBot
from bot.lazy_modules import lazy_module
from cogs._autocomplete import CHOICE_LIMIT, article_choices, think_first
from cogs._moderation import check_first, require_moderator

if TYPE_CHECKING:
    from bot.moderation import alert_settings, alert_status
else:  # not loaded before READY
    alert_settings = lazy_module("bot.moderation.alert_settings")
    alert_status = lazy_module("bot.moderation.alert_status")

AlertsChannel = discord.TextChannel | discord.ForumChannel
RESEND_TITLE_CHARS = 60


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Alerts(commands.GroupCog, group_name="alerts"):
    """News alerts for this server (moderators)."""

    events = app_commands.Group(
        name="events", description="The premiere as a Discord scheduled event in this server"
    )

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return await check_first(interaction, require_moderator(interaction, self.bot))

    @app_commands.command(name="set")
    @app_commands.describe(
        channel="A text channel, or a forum (each alert a new post), that gets news alerts",
        role="A role to ping with each alert (kept when you run this again without it)",
        only="Which news: dates, cast, crew, quotes, or articles (every article); e.g. dates,cast",
        keywords='Only articles mentioning one of these words or "quoted phrases"; off: any',
        ping="off: stop pinging the role",
    )
    async def set_alerts(  # noqa: PLR0917 (discord.py reads the options from the signature)
        self,
        interaction: discord.Interaction[FanBot],
        channel: AlertsChannel,
        role: discord.Role | None = None,
        only: app_commands.Range[str, 1, 100] | None = None,
        keywords: app_commands.Range[str, 1, 300] | None = None,
        ping: Literal["off"] | None = None,
    ) -> None:
        """Send news alerts to a channel: which ones, pinging whom (run again to change it)."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.set_route(
            self.bot.db,
            guild,
            channel,
            interaction.user.id,
            role=role,
            ping_off=ping == "off",
            only=only,
            keywords=keywords,
        )
        await self.bot.presenter.answer(interaction, answer, private=True)

    @set_alerts.autocomplete("only")
    async def kind_options(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=choice, value=choice)
            for choice in kind_choices(current)
            if len(choice) <= CHOICE_LIMIT
        ]

    @app_commands.command(name="off")
    @app_commands.describe(channel="Only this channel (default: every channel of this server)")
    async def alerts_off(
        self, interaction: discord.Interaction[FanBot], channel: AlertsChannel | None = None
    ) -> None:
        """Stop posting news alerts in a channel, or in this server."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.turn_off(
            self.bot.db, guild.id, channel.id if channel else None
        )
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="status")
    async def alerts_status(self, interaction: discord.Interaction[FanBot]) -> None:
        """Where alerts go, the last ones delivered, any failures (to resend), the premiere."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_status.status(
            self.bot.db, guild, self.bot.knowledge, self.bot.storage_problems()
        )
        actions = [
            Action(
                f"Resend: {failed.title[:RESEND_TITLE_CHARS]}",
                partial(self._resend, failed.id),
                group=f"resend {failed.id}",
            )
            for failed in answer.failed
        ]
        actions += [
            Action(
                f"Turn off route {index} (its channel is gone)",
                partial(self._off, rs.route),
                group=f"off {rs.route.channel_id}",
                danger=True,
            )
            for index, rs in enumerate(answer.routes, start=1)
            if rs.gone
        ]
        await self.bot.presenter.answer(interaction, answer, private=True, actions=[actions])

    async def _resend(self, alert_id: int, interaction: discord.Interaction[Any]) -> Answer:
        guild = await require_moderator(interaction, self.bot)
        return await alert_status.resend(self.bot.db, guild, alert_id, self.bot.news_alerts)

    async def _off(self, route: AlertRoute, interaction: discord.Interaction[Any]) -> Answer:
        guild = await require_moderator(interaction, self.bot)
        return await alert_settings.turn_off(self.bot.db, guild.id, route.channel_id)

    @app_commands.command(name="test")
    @app_commands.describe(
        channel="The alerts channel to test (needed when there are several)",
        article="The article whose alert to post (default: the newest)",
    )
    async def alerts_test(
        self,
        interaction: discord.Interaction[FanBot],
        channel: AlertsChannel | None = None,
        article: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        """Post an article's real alert in an alerts channel, pinging nobody."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_status.send_test(
            self.bot.db, guild, self.bot.knowledge, channel, article
        )
        await self.bot.presenter.answer(interaction, answer, private=True)

    @alerts_test.autocomplete("article")
    async def article_options(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await article_choices(self.bot.knowledge, current)

    @app_commands.command(name="pause")
    @app_commands.describe(hours="For how long (default: until /alerts resume)")
    async def alerts_pause(
        self,
        interaction: discord.Interaction[FanBot],
        hours: app_commands.Range[int, 1, 720] | None = None,
    ) -> None:
        """Hold this server's alerts; they wait, then come as one digest per channel."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.pause(self.bot.db, guild.id, interaction.user.id, hours)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="resume")
    async def alerts_resume(self, interaction: discord.Interaction[FanBot]) -> None:
        """Post the alerts that waited (one digest per channel) and let the next ones flow."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.resume(self.bot.db, guild.id, self.bot.news_alerts)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @events.command(name="on")
    async def events_on(self, interaction: discord.Interaction[FanBot]) -> None:
        """Create a Discord event for the premiere, moved when the date moves."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.events_on(self.bot.db, guild, self.bot.news_alerts)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @events.command(name="off")
    async def events_off(self, interaction: discord.Interaction[FanBot]) -> None:
        """Stop creating and moving the premiere event (an existing event stays)."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.events_off(self.bot.db, guild.id)
        await self.bot.presenter.answer(interaction, answer, private=True)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Alerts(bot))
