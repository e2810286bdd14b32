"""When the film comes out: ``/release-date``."""

import discord
from discord import app_commands
from discord.ext import commands

from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from cogs._autocomplete import LOOKUPS_PER_MEMBER, PRIVATE_HELP


class Release(commands.Cog):
    """Release"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="release-date", extras={"example": "/release-date"})
    @app_commands.describe(private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def release_date(
        self, interaction: discord.Interaction[FanBot], private: bool = False
    ) -> None:
        """When the film premieres, or the latest news if no date is announced yet."""
        answer = await self.bot.knowledge.release_info()
        await self.bot.presenter.answer(interaction, answer, private=private)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Release(bot))
