"""Discord permission bits the fake uses, the defaults it grants, and how channels narrow them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.fakediscord.models import FakeChannel, FakeGuild

# Permission bits used by the defaults (see discord.Permissions for the full list).
CREATE_INSTANT_INVITE = 1 << 0
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
MENTION_EVERYONE = 1 << 17
READ_MESSAGE_HISTORY = 1 << 16
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_EVENTS = 1 << 33
SEND_MESSAGES_IN_THREADS = 1 << 38

#: What a plain member gets from @everyone in a fresh guild (roughly Discord's default).
DEFAULT_EVERYONE_PERMISSIONS = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
#: What the bot is assumed to hold in a channel (``app_permissions`` of interactions).
DEFAULT_APP_PERMISSIONS = DEFAULT_EVERYONE_PERMISSIONS | MANAGE_MESSAGES


def bot_channel_permissions(guild: FakeGuild, channel: FakeChannel) -> int:
    """What the bot (a member with no roles) may do in a channel: @everyone plus overwrites."""
    permissions = guild.everyone_permissions
    if permissions & ADMINISTRATOR:
        return permissions
    for overwrite in channel.overwrites:
        if int(overwrite["id"]) == guild.id:
            permissions &= ~int(overwrite["deny"])
            permissions |= int(overwrite["allow"])
    return permissions
