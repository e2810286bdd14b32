"""``/alerts``: where a server's news alerts go, whom they ping, and how delivery is going.

For moderators (Manage Server, or the server's moderator role). Discord hides the group from
others by default, and every command checks again at run time, since server admins can change
the defaults.
Every command works on the server it is used in only: no command takes another server's id.
What each command does is :mod:`bot.moderation.alert_settings`; every answer is private.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client.fanbot import FanBot
from bot.db.outbox import alert_status
from bot.moderation import alert_settings
from cogs._autocomplete import think_first
from cogs._moderation import check_first, require_moderator


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
        channel="The channel news alerts are posted in",
        role="A role to ping with each alert (optional; nobody is pinged without it)",
    )
    async def set_alerts(
        self,
        interaction: discord.Interaction[FanBot],
        channel: discord.TextChannel,
        role: discord.Role | None = None,
    ) -> None:
        """Post news alerts in a channel, optionally pinging a role."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.turn_on(
            self.bot.db, guild, channel, role, interaction.user.id
        )
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="off")
    async def alerts_off(self, interaction: discord.Interaction[FanBot]) -> None:
        """Stop posting news alerts in this server."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.turn_off(self.bot.db, guild.id)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="status")
    async def alerts_status(self, interaction: discord.Interaction[FanBot]) -> None:
        """This server's alert settings, the last alerts delivered and any failures."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_status(self.bot.db, guild.id)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="test")
    async def alerts_test(self, interaction: discord.Interaction[FanBot]) -> None:
        """Post a sample alert in the alerts channel (pings nobody)."""
        guild = await require_moderator(interaction, self.bot)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await alert_settings.send_sample(self.bot.db, guild)
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
