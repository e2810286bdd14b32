"""What the bot needs in an alerts channel, named as Discord's settings name it."""

from __future__ import annotations

import discord

from bot.moderation.alert_settings import missing_permissions


def test_missing_channel_permissions_are_named_as_discord_shows_them() -> None:
    everything = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
    assert missing_permissions(everything) == []
    assert missing_permissions(discord.Permissions(view_channel=True)) == [
        "Send Messages",
        "Embed Links",
    ]
