"""The world's objects (users, roles, channels, guilds) and the payloads Discord sends for them.

The shapes follow the Discord API v10 objects closely enough that discord.py's parsers
(``ConnectionState.parse_ready``/``parse_guild_create``, ``Guild._from_data``, ``Role``,
``TextChannel``, ``Member``, ``Message``, ``Interaction``) accept them unmodified.  Ids are
held as ``int`` in the dataclasses and serialised as snowflake *strings*, like Discord does.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.fakediscord.permissions import DEFAULT_EVERYONE_PERMISSIONS

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1_420_070_400_000
GUILD_TEXT = 0
GUILD_FORUM = 15
PUBLIC_THREAD = 11
FORUM_REQUIRE_TAG = 1 << 4
"""Channel flag: every post in the forum must carry a tag."""

_counter = itertools.count()
_counter_lock = threading.Lock()


def new_snowflake() -> int:
    """Return a unique, time-ordered snowflake so ``created_at`` of fake objects is sane."""
    with _counter_lock:
        increment = next(_counter) & 0xFFF
    return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (1 << 17) | increment


def iso_now() -> str:
    """Discord-style ISO-8601 timestamp for ``timestamp``/``joined_at`` fields."""
    return datetime.now(UTC).isoformat()


@dataclass
class FakeUser:
    """A user (or bot) account."""

    username: str = "tester"
    id: int = field(default_factory=new_snowflake)
    global_name: str | None = None
    bot: bool = False

    def to_payload(self) -> JSON:
        """User object as sent in READY, members, messages and interactions."""
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass
class FakeRole:
    """A guild role; the @everyone role has the guild's id and is built by FakeGuild."""

    name: str
    id: int = field(default_factory=new_snowflake)
    permissions: int = 0
    position: int = 1
    managed: bool = False

    def to_payload(self) -> JSON:
        """Role object as read by ``discord.Role._update``."""
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }


@dataclass
class FakeChannel:
    """A guild text channel (type 0), category (type 4) or forum (type 15, :meth:`forum`);
    DMs are built on demand, forum posts (threads) by :mod:`tests.fakediscord.forums`."""

    name: str = "general"
    id: int = field(default_factory=new_snowflake)
    type: int = GUILD_TEXT
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    nsfw: bool = False
    overwrites: list[JSON] = field(default_factory=list)
    """Permission overwrites as Discord sends them: ``{"id", "type", "allow", "deny"}``."""
    flags: int = 0

    @classmethod
    def forum(cls, name: str = "news-forum", *, require_tag: bool = False) -> FakeChannel:
        """A forum channel: each message is a post of its own (a thread)."""
        return cls(name=name, type=GUILD_FORUM, flags=FORUM_REQUIRE_TAG if require_tag else 0)

    def deny_everyone(self, guild_id: int, permissions: int) -> None:
        """Add an @everyone overwrite denying ``permissions`` (e.g. SEND_MESSAGES)."""
        self.overwrites.append(
            {"id": str(guild_id), "type": 0, "allow": "0", "deny": str(permissions)}
        )

    def to_payload(self, guild_id: int | None) -> JSON:
        """Channel object as read by ``discord.TextChannel._update``."""
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": list(self.overwrites),
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "nsfw": self.nsfw,
            "flags": self.flags,
        }
        if self.type in (GUILD_TEXT, 5, GUILD_FORUM):
            data.update(
                topic=self.topic,
                last_message_id=None,
                rate_limit_per_user=0,
                default_auto_archive_duration=1440,
            )
        if self.type == GUILD_FORUM:
            data.update(
                available_tags=[],
                default_reaction_emoji=None,
                default_sort_order=None,
                default_forum_layout=0,
                default_thread_rate_limit_per_user=0,
            )
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        return data


@dataclass
class FakeGuild:
    """A guild the bot is in, with channels, roles and members (the bot is added by the fake)."""

    name: str = "Fake Guild"
    id: int = field(default_factory=new_snowflake)
    owner: FakeUser = field(default_factory=lambda: FakeUser(username="guild-owner"))
    channels: list[FakeChannel] = field(default_factory=lambda: [FakeChannel(name="general")])
    roles: list[FakeRole] = field(default_factory=list)
    members: list[FakeUser] = field(default_factory=list)
    everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS
    preferred_locale: str = "en-US"

    @property
    def text_channel(self) -> FakeChannel:
        """The first text channel, for tests that just need "a channel"."""
        return next(c for c in self.channels if c.type == 0)

    def everyone_role(self) -> FakeRole:
        """@everyone shares the guild id, which is how discord.py recognises it."""
        return FakeRole(
            name="@everyone", id=self.id, permissions=self.everyone_permissions, position=0
        )

    def all_members(self, bot_user: FakeUser) -> list[FakeUser]:
        """Owner, configured members and the bot, without duplicates."""
        seen: dict[int, FakeUser] = {}
        for user in [self.owner, *self.members, bot_user]:
            seen.setdefault(user.id, user)
        return list(seen.values())

    def find_member(self, user_id: int, bot_user: FakeUser) -> FakeUser | None:
        """Look a member up by id."""
        return next((u for u in self.all_members(bot_user) if u.id == user_id), None)

    def to_payload(self, bot_user: FakeUser) -> JSON:
        """Full GUILD_CREATE payload (guild object plus the gateway-only extra fields)."""
        members = self.all_members(bot_user)
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner.id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "preferred_locale": self.preferred_locale,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [self.everyone_role().to_payload()] + [r.to_payload() for r in self.roles],
            "max_members": 500000,
            "max_video_channel_users": 25,
            "application_id": None,
            # gateway GUILD_CREATE extras
            "joined_at": iso_now(),
            "large": False,
            "unavailable": False,
            "member_count": len(members),
            "voice_states": [],
            "members": [member_payload(u) for u in members],
            "channels": [c.to_payload(None) for c in self.channels],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


def member_payload(
    user: FakeUser, *, roles: list[int] | None = None, permissions: int | None = None
) -> JSON:
    """Guild member object; ``permissions`` is only present in interaction payloads."""
    data: JSON = {
        "user": user.to_payload(),
        "nick": None,
        "avatar": None,
        "banner": None,
        "roles": [str(r) for r in roles or []],
        "joined_at": iso_now(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def dm_channel_payload(channel_id: int, recipient: FakeUser) -> JSON:
    """DM channel object (type 1)."""
    return {
        "id": str(channel_id),
        "type": 1,
        "last_message_id": None,
        "flags": 0,
        "recipients": [recipient.to_payload()],
    }
