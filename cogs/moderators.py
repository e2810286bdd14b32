"""``/moderators``: the role whose members are moderators in this server, like Red's mod role.

Its members may use every moderator command (``/alerts``, ``/news add``, ``/facts``...) without
Manage Server; removing the role from someone takes the right away at once. Only members with
Manage Server (the server's admins) choose the role. What each command does is
:mod:`bot.moderation.moderator_roles` (imported when a command first uses it, not before
READY); every answer is private.
"""

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client.fanbot import FanBot
from bot.lazy_modules import lazy_module
from bot.moderation.permissions import require_admin
from cogs._autocomplete import think_first
from cogs._moderation import check_first, require_moderator

if TYPE_CHECKING:
    from bot.moderation import moderator_roles
else:  # not loaded before READY
    moderator_roles = lazy_module("bot.moderation.moderator_roles")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Moderators(commands.GroupCog, group_name="moderators"):
    """Who moderates this server"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return await check_first(interaction, require_moderator(interaction, self.bot))

    @app_commands.command(name="set")
    @app_commands.describe(role="Members with this role may use the moderators' commands")
    async def set_role(self, interaction: discord.Interaction[FanBot], role: discord.Role) -> None:
        """Name the moderator role (members with Manage Server only)."""
        guild = require_admin(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await moderator_roles.set_role(self.bot.db, guild, role, interaction.user.id)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="show")
    async def show_role(self, interaction: discord.Interaction[FanBot]) -> None:
        """Who may use the moderators' commands in this server."""
        guild = await require_moderator(interaction, self.bot)
        answer = await moderator_roles.show_role(self.bot.db, guild)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="clear")
    async def clear_role(self, interaction: discord.Interaction[FanBot]) -> None:
        """Stop the moderator role making moderators (members with Manage Server only)."""
        guild = require_admin(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await moderator_roles.clear_role(self.bot.db, guild.id)
        await self.bot.presenter.answer(interaction, answer, private=True)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Moderators(bot))
