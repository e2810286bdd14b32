"""What the bot needs in an alerts channel, named as Discord's settings name it."""

from __future__ import annotations

import discord

from bot.alerts.posting import missing_permissions, need_sentence


def test_missing_channel_permissions_are_named_as_discord_shows_them() -> None:
    everything = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
    assert missing_permissions(everything) == []
    assert missing_permissions(discord.Permissions(view_channel=True)) == ["Send Messages"]
    assert missing_permissions(discord.Permissions(send_messages=True)) == [
        "View Channel",
        "Embed Links",
    ]


def test_a_forum_names_send_messages_create_posts() -> None:
    assert missing_permissions(discord.Permissions(view_channel=True), forum=True) == [
        "Create Posts"
    ]
    assert need_sentence(["Create Posts", "Embed Links"]) == (
        "I need the Create Posts and Embed Links permissions"
    )
    assert need_sentence(["Embed Links"]) == "I need the Embed Links permission"
