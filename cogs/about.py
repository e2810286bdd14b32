"""The bot itself: ``/about`` and ``/help``."""

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import Answer
from bot.answers.lookups import NotFound
from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from bot.client.help import SlashCommand, build_help, command_help, visible
from cogs._autocomplete import LOOKUPS_PER_MEMBER, PRIVATE_HELP


class About(commands.Cog):
    """About the bot"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", extras={"example": "/about"})
    @app_commands.describe(private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def about(self, interaction: discord.Interaction[FanBot], private: bool = False) -> None:
        """What the bot knows, how fresh it is, and where its knowledge comes from."""
        answer = await self.bot.knowledge.stats()
        await self.bot.presenter.answer(interaction, answer, private=private)

    @app_commands.command(
        name="help",
        extras={"example": "/help", "examples": ("/help command:who-plays",)},
    )
    @app_commands.describe(command="One command to explain in full, with examples to try")
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def help(
        self,
        interaction: discord.Interaction[FanBot],
        command: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Every command you can use here, or one in full, with examples to try."""
        examples = await self.bot.knowledge.examples()
        shown = self._commands(interaction)
        answer: Answer
        if command is None:
            answer = build_help(
                shown.values(),
                examples,
                moderator=_is_moderator(interaction),
                in_server=interaction.guild is not None,
            )
        elif (found := shown.get(command.strip().removeprefix("/").casefold())) is not None:
            answer = command_help(found, examples)
        else:
            # Only for a name that matched no command: not imported with the cog.
            import difflib  # noqa: PLC0415

            close = difflib.get_close_matches(command.strip().removeprefix("/"), list(shown), n=3)
            answer = NotFound("command", command, tuple(f"/{name}" for name in close))
        await self.bot.presenter.answer(interaction, answer, private=True)

    @help.autocomplete("command")
    async def command_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.strip().removeprefix("/").casefold()
        names = [name for name in self._commands(interaction) if typed in name]
        return [app_commands.Choice(name=f"/{name}", value=name) for name in names[:25]]

    def _commands(self, interaction: discord.Interaction[FanBot]) -> dict[str, SlashCommand]:
        """The commands this member may use where they are, by name (moderators' ones only
        for moderators; server-only ones only in a server)."""
        moderator, in_server = _is_moderator(interaction), interaction.guild is not None
        return {
            command.qualified_name: command
            for command in self.bot.tree.walk_commands()
            if isinstance(command, app_commands.Command)
            and visible(command, moderator=moderator, in_server=in_server)
        }


def _is_moderator(interaction: discord.Interaction[FanBot]) -> bool:
    """A moderator of this server; or the operator at the console (an interaction not from
    Discord), who has every right."""
    if not isinstance(interaction, discord.Interaction):
        return True
    if interaction.guild is None:
        return False
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.administrator


async def setup(bot: FanBot) -> None:
    await bot.add_cog(About(bot))
