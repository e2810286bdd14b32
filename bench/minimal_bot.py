"""The baseline every figure stands beside: a bare discord.py bot, the least a bot can do.

Started like the real bot (a process, pointed at the fake Discord by ``DISCORD_API_BASE`` and
``DISCORD_GATEWAY_URL``), with the same intents. ``/ping`` replies with one fixed embed;
``/echo``'s ``text`` option autocompletes from a fixed list, so the real bot's autocomplete
has a bare counterpart too.

    python -m bench.minimal_bot
"""

from __future__ import annotations

import asyncio
import os

import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands

WORDS = ("premiere", "trailer", "cast", "crew", "release", "filming", "screening", "score")


class PingBot(discord.Client):
    def __init__(self) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none())
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(app_commands.Command(name="ping", description="Pong", callback=ping))
        echo_command = app_commands.Command(name="echo", description="Echo", callback=echo)
        echo_command.autocomplete("text")(echo_choices)
        self.tree.add_command(echo_command)


async def ping(interaction: discord.Interaction) -> None:
    embed = discord.Embed(title="Pong", description="The bot is up.")
    await interaction.response.send_message(embed=embed)


async def echo(interaction: discord.Interaction, text: str) -> None:
    await interaction.response.send_message(embed=discord.Embed(description=text))


async def echo_choices(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=w, value=w) for w in WORDS if w.startswith(current.lower())]


def command_payloads() -> list[dict[str, object]]:
    """The commands as a sync would publish them."""
    tree = PingBot().tree
    return [command.to_dict(tree) for command in tree.get_commands()]


def main() -> None:
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    client = PingBot()
    asyncio.run(client.start(os.environ["DISCORD_TOKEN"]))


if __name__ == "__main__":
    main()
