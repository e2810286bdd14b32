"""``/alerts``: where a server's news alerts go, whom they ping, and how delivery is going.

For moderators (Manage Server). Discord hides the group from others by default, and every
command checks the permission again at run time, since server admins can change the defaults.
Every command works on the server it is used in only: no command takes another server's id.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.alerts.delivery import describe_refusal
from bot.client.fanbot import FanBot
from bot.db.outbox import alert_status, latest_article
from bot.db.subscriptions import remove_subscription, set_events, set_subscription, subscription
from bot.render.alert_cards import status_card, test_card
from bot.render.common import Card, Tone
from bot.render.embeds import DiscordStyle, embed_for
from cogs._autocomplete import think_first
from cogs._moderation import reply, require_manage_guild

log = logging.getLogger(__name__)

_NEEDED = (
    ("view_channel", "View Channel"),
    ("send_messages", "Send Messages"),
    ("embed_links", "Embed Links"),
)


def missing_permissions(permissions: discord.Permissions) -> list[str]:
    return [label for name, label in _NEEDED if not getattr(permissions, name)]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Alerts(commands.GroupCog, group_name="alerts"):
    """News alerts for this server (moderators)."""

    events = app_commands.Group(
        name="events", description="The premiere as a Discord scheduled event in this server"
    )

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot
        self.style = DiscordStyle()
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction[FanBot]) -> bool:
        require_manage_guild(interaction)
        return True

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
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        target = guild.get_channel(channel.id)
        if not isinstance(target, discord.TextChannel):
            await reply(interaction, _problem("I can't find that channel; is it a text channel?"))
            return
        missing = missing_permissions(target.permissions_for(guild.me))
        if missing:
            await reply(
                interaction,
                _problem(
                    f"I can't post alerts in {target.mention}: I need the "
                    f"{', '.join(missing)} permission{'s' if len(missing) > 1 else ''} there. "
                    "Grant them in the channel's settings, then run `/alerts set` again."
                ),
            )
            return
        notes = []
        if role is not None:
            if role.is_default():
                await reply(interaction, _problem("Pick a role to ping, not @everyone."))
                return
            if not role.mentionable and not target.permissions_for(guild.me).mention_everyone:
                notes.append(
                    f"{role.mention} is not mentionable and I lack *Mention All Roles*, so the "
                    "ping will not notify anyone: make the role mentionable or grant me that."
                )
        await set_subscription(
            self.bot.db, guild.id, target.id, role.id if role else None, interaction.user.id
        )
        pinged = f", pinging {role.mention}" if role else " (pinging nobody)"
        text = f"News alerts will be posted in {target.mention}{pinged}."
        await reply(interaction, Card("News alerts on", "\n".join([text, *notes])))

    @app_commands.command(name="off")
    async def alerts_off(self, interaction: discord.Interaction[FanBot]) -> None:
        """Stop posting news alerts in this server."""
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        if await remove_subscription(self.bot.db, guild.id):
            await reply(interaction, Card("News alerts off", "No more news alerts will be posted."))
        else:
            await reply(interaction, Card("News alerts off", "News alerts were already off."))

    @app_commands.command(name="status")
    async def alerts_status(self, interaction: discord.Interaction[FanBot]) -> None:
        """This server's alert settings, the last alerts delivered and any failures."""
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        status = await alert_status(self.bot.db, guild.id)
        await reply(interaction, status_card(status, self.style, guild.id))

    @app_commands.command(name="test")
    async def alerts_test(self, interaction: discord.Interaction[FanBot]) -> None:
        """Post a sample alert in the alerts channel (pings nobody)."""
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        sub = await subscription(self.bot.db, guild.id)
        if sub is None:
            await reply(interaction, _problem("Alerts are off: set them up with `/alerts set`."))
            return
        channel = guild.get_channel(sub.channel_id)
        if not isinstance(channel, discord.TextChannel):
            await reply(
                interaction,
                _problem("The alerts channel no longer exists; choose another with `/alerts set`."),
            )
            return
        content = (
            f"Test alert: {f'<@&{sub.role_id}>' if sub.role_id else 'nobody'} would be pinged."
        )
        card = test_card(await latest_article(self.bot.db), self.style)
        try:
            await channel.send(
                content=content,
                embed=embed_for(card),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException as error:
            await reply(interaction, _problem(f"The test alert failed: {describe_refusal(error)}."))
            return
        await reply(
            interaction, Card("Test alert sent", f"Sent a sample alert to {channel.mention}.")
        )

    @events.command(name="on")
    async def events_on(self, interaction: discord.Interaction[FanBot]) -> None:
        """Create a Discord event for the premiere, moved when the date moves."""
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        if await set_events(self.bot.db, guild.id, True) is None:
            await reply(interaction, _problem("Set up alerts first with `/alerts set`."))
            return
        text = "When a premiere date is announced, I'll create a Discord event for it here."
        if not guild.me.guild_permissions.manage_events:
            text += (
                "\nBut I lack the *Manage Events* permission, so I can't create it yet: "
                "grant it to my role, then run `/alerts events on` again."
            )
            await reply(interaction, Card("Premiere events on", text, tone=Tone.NOTICE))
            return
        if self.bot.news_alerts is not None:
            await self.bot.news_alerts.sync_events(only_guild=guild.id)
        await reply(interaction, Card("Premiere events on", text))

    @events.command(name="off")
    async def events_off(self, interaction: discord.Interaction[FanBot]) -> None:
        """Stop creating and moving the premiere event (an existing event stays)."""
        guild = require_manage_guild(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        if await set_events(self.bot.db, guild.id, False) is None:
            await reply(interaction, _problem("Alerts are off in this server."))
            return
        await reply(interaction, Card("Premiere events off", "I won't create or move the event."))


def _problem(text: str) -> Card:
    return Card("Can't do that", text, tone=Tone.NOTICE)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Alerts(bot))
