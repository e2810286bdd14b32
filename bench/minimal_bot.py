"""The baseline for the end-to-end figure: a minimal discord.py bot answering ``/ping``.

Started like the real bot (a process, pointed at the fake Discord by ``DISCORD_API_BASE`` and
``DISCORD_GATEWAY_URL``), with the same intents; it replies with one fixed embed.

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


class PingBot(discord.Client):
    def __init__(self) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none())
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(app_commands.Command(name="ping", description="Pong", callback=ping))


async def ping(interaction: discord.Interaction) -> None:
    embed = discord.Embed(title="Pong", description="The bot is up.")
    await interaction.response.send_message(embed=embed)


def main() -> None:
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    client = PingBot()
    asyncio.run(client.start(os.environ["DISCORD_TOKEN"]))


if __name__ == "__main__":
    main()
