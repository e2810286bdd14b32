"""Application commands: what the bot synced, and an invocation's data built from it.

The REST routes that store commands are in :mod:`tests.fakediscord.rest.commands`; the
interactions that invoke them are sent by :mod:`tests.fakediscord.interactions`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from tests.fakediscord.models import (
    JSON,
    FakeChannel,
    FakeRole,
    FakeUser,
    member_payload,
    new_snowflake,
)
from tests.fakediscord.permissions import DEFAULT_APP_PERMISSIONS
from tests.fakediscord.state import FakeState

log = logging.getLogger("fakediscord")

# Application command option types.
OPT_SUB_COMMAND = 1
OPT_SUB_COMMAND_GROUP = 2
OPT_STRING = 3
OPT_INTEGER = 4
OPT_BOOLEAN = 5
OPT_USER = 6
OPT_CHANNEL = 7
OPT_ROLE = 8
OPT_MENTIONABLE = 9
OPT_NUMBER = 10


class CommandRegistry(FakeState):
    """Synced commands per scope (global or one guild), with ids stable across syncs."""

    def store_commands(self, guild_id: int | None, commands: list[JSON]) -> list[JSON]:
        """Replace the command set of a scope (global if ``guild_id`` is None), keeping ids."""
        stored: list[JSON] = []
        for command in commands:
            key = (guild_id, command["name"], int(command.get("type", 1)))
            command_id = self._command_ids.setdefault(key, new_snowflake())
            entry: JSON = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **command,
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(next(self._command_versions)),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self._commands[guild_id] = stored
        return stored

    def commands(self, guild_id: int | None = None) -> list[JSON]:
        """Synced commands of a scope (global when ``guild_id`` is None)."""
        return list(self._commands.get(guild_id, []))

    def command(self, name: str, guild_id: int | None = None) -> JSON | None:
        """A synced top-level command by name: the guild's first, then the global one."""
        scopes = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for command in self._commands.get(scope, []):
                if command["name"] == name and int(command.get("type", 1)) == 1:
                    return command
        return None

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any] | None,
        guild_id: int | None,
        dm: bool,
        focused: str | None = None,
    ) -> JSON:
        parts = name.split()
        scope = None if dm else (guild_id if guild_id is not None else self._first_guild_id())
        command = self.command(parts[0], scope)
        if command is None:
            log.warning("invoking /%s which was never synced; option types are guessed", parts[0])
            command = {"id": str(new_snowflake()), "name": parts[0], "options": []}
        data: JSON = {"id": command["id"], "name": parts[0], "type": 1}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        schema: list[JSON] = list(command.get("options") or [])
        container = data
        for part in parts[1:]:
            sub = next((o for o in schema if o["name"] == part), None)
            sub_type = int(sub["type"]) if sub else OPT_SUB_COMMAND
            node: JSON = {"type": sub_type, "name": part, "options": []}
            container["options"] = [node]
            container = node
            schema = list(sub.get("options") or []) if sub else []
        resolved: JSON = {}
        built = [
            self._option(
                key,
                value=value,
                schema=schema,
                resolved=resolved,
                in_guild=not dm,
                focused=focused == key,
            )
            for key, value in (options or {}).items()
        ]
        container["options"] = built
        if resolved:
            data["resolved"] = resolved
        return data

    def _first_guild_id(self) -> int | None:
        return self.guilds[0].id if self.guilds else None

    def _option(
        self,
        key: str,
        *,
        value: Any,
        schema: list[JSON],
        resolved: JSON,
        in_guild: bool,
        focused: bool,
    ) -> JSON:
        spec = next((o for o in schema if o["name"] == key), None)
        option_type = int(spec["type"]) if spec else _guess_type(value)
        option: JSON = {"name": key, "type": option_type}
        if focused:
            option["focused"] = True
            option["value"] = str(value)
            return option
        if option_type == OPT_STRING:
            option["value"] = str(value)
        elif option_type == OPT_INTEGER:
            option["value"] = int(value)
        elif option_type == OPT_NUMBER:
            option["value"] = float(value)
        elif option_type == OPT_BOOLEAN:
            option["value"] = bool(value)
        elif option_type in (OPT_USER, OPT_MENTIONABLE) and isinstance(value, FakeUser):
            option["value"] = str(value.id)
            resolved.setdefault("users", {})[str(value.id)] = value.to_payload()
            if in_guild:
                member = member_payload(value, permissions=0)
                member.pop("user")
                resolved.setdefault("members", {})[str(value.id)] = member
        elif option_type == OPT_CHANNEL and isinstance(value, FakeChannel):
            option["value"] = str(value.id)
            channel = value.to_payload(None)
            channel["permissions"] = str(DEFAULT_APP_PERMISSIONS)
            resolved.setdefault("channels", {})[str(value.id)] = channel
        elif option_type in (OPT_ROLE, OPT_MENTIONABLE) and isinstance(value, FakeRole):
            option["value"] = str(value.id)
            resolved.setdefault("roles", {})[str(value.id)] = value.to_payload()
        else:
            option["value"] = value
        return option


def _guess_type(value: Any) -> int:
    if isinstance(value, bool):
        return OPT_BOOLEAN
    if isinstance(value, int):
        return OPT_INTEGER
    if isinstance(value, float):
        return OPT_NUMBER
    if isinstance(value, FakeUser):
        return OPT_USER
    if isinstance(value, FakeChannel):
        return OPT_CHANNEL
    if isinstance(value, FakeRole):
        return OPT_ROLE
    return OPT_STRING
