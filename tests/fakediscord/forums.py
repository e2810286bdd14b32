"""Forum channels: each post is a thread created with its first message.

The bot's ``POST /channels/{forum_id}/threads`` (see :mod:`tests.fakediscord.rest.threads`)
lands here: the thread and its starter message (whose id is the thread's, as on Discord) are
stored, the message with the others, and THREAD_CREATE is dispatched so the client caches the
post. Tests read the posts back with :meth:`ForumStore.forum_posts`.
"""

from __future__ import annotations

from tests.fakediscord.messages import MessageStore, message_payload
from tests.fakediscord.models import (
    JSON,
    PUBLIC_THREAD,
    FakeChannel,
    FakeGuild,
    iso_now,
    new_snowflake,
)


class ForumStore(MessageStore):
    """Posts (threads) in forum channels, with their first messages."""

    async def create_forum_post(self, guild: FakeGuild, forum: FakeChannel, body: JSON) -> JSON:
        """Store a new post from a start-thread-in-forum request; the thread, with ``message``."""
        thread_id = new_snowflake()
        thread: JSON = {
            "id": str(thread_id),
            "guild_id": str(guild.id),
            "parent_id": str(forum.id),
            "owner_id": str(self.bot_user.id),
            "type": PUBLIC_THREAD,
            "name": str(body["name"]),
            "last_message_id": str(thread_id),
            "rate_limit_per_user": int(body.get("rate_limit_per_user") or 0),
            "message_count": 1,
            "member_count": 1,
            "total_message_sent": 1,
            "flags": 0,
            "applied_tags": list(body.get("applied_tags") or []),
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": int(body.get("auto_archive_duration") or 1440),
                "archive_timestamp": iso_now(),
                "locked": False,
                "create_timestamp": iso_now(),
            },
        }
        message = message_payload(
            channel_id=thread_id,
            author=self.bot_user,
            body=dict(body.get("message") or {}),
            guild_id=guild.id,
            message_id=thread_id,
        )
        self.threads[thread_id] = thread
        self._remember(message)
        self._bot_messages.setdefault(thread_id, []).append(message)
        if self.gateway.session is not None:
            await self.gateway.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return {**thread, "message": message}

    def forum_posts(self, forum_id: int) -> list[tuple[JSON, JSON]]:
        """Every post in a forum, oldest first: (thread, its first message as it is now)."""
        return [
            (thread, self.messages_by_id[int(thread["id"])])
            for thread in self.threads.values()
            if thread["parent_id"] == str(forum_id) and int(thread["id"]) in self.messages_by_id
        ]
