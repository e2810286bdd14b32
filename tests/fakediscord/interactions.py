"""The test-facing interaction API: slash commands, autocomplete, components and modals.

Each builder makes the INTERACTION_CREATE a real client would receive and dispatches it on
the gateway; the bot's answers arrive through :mod:`tests.fakediscord.rest.interactions`
and are read back from the returned :class:`~tests.fakediscord.records.FakeInteraction`.
"""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

import secrets
import time
from collections.abc import Mapping
from typing import Any

from tests.fakediscord.commands import CommandRegistry
from tests.fakediscord.models import (
    JSON,
    FakeGuild,
    FakeUser,
    dm_channel_payload,
    member_payload,
    new_snowflake,
)
from tests.fakediscord.permissions import DEFAULT_APP_PERMISSIONS
from tests.fakediscord.records import (
    INTERACTION_APPLICATION_COMMAND,
    INTERACTION_AUTOCOMPLETE,
    INTERACTION_COMPONENT,
    INTERACTION_MODAL_SUBMIT,
    FakeInteraction,
    InteractionCallback,
)


class InteractionDriver(CommandRegistry):
    """Sends interactions as Discord would, with option types taken from the synced commands."""

    def _context(
        self, dm: bool, guild_id: int | None, channel_id: int | None, user: FakeUser | None
    ) -> tuple[FakeGuild | None, JSON, FakeUser]:
        user = user or self.default_user
        if dm:
            channel_id = self.dm_channel_id(user)
            return None, dm_channel_payload(channel_id, user), user
        if guild_id is None:
            if not self.guilds:
                raise ValueError("no guild configured; pass dm=True")
            guild = self.guilds[0]
        else:
            found = self.guild(guild_id)
            if found is None:
                raise ValueError(f"unknown guild {guild_id}")
            guild = found
        if channel_id is None:
            channel = guild.text_channel
        else:
            match = next((c for c in guild.channels if c.id == channel_id), None)
            if match is None:
                raise ValueError(f"channel {channel_id} is not in guild {guild.id}")
            channel = match
        return guild, channel.to_payload(guild.id), user

    async def send_interaction(
        self,
        interaction_type: int,
        data: JSON,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        member_permissions: int | None = None,
        member_roles: list[int] | None = None,
        app_permissions: int = DEFAULT_APP_PERMISSIONS,
        locale: str = "en-US",
        message: JSON | None = None,
    ) -> FakeInteraction:
        """Dispatch a raw INTERACTION_CREATE of any type; the builders below use this."""
        guild, channel, user = self._context(dm, guild_id, channel_id, user)
        interaction_id = new_snowflake()
        token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": interaction_type,
            "data": data,
            "channel_id": channel["id"],
            "channel": channel,
            "token": token,
            "version": 1,
            "app_permissions": str(app_permissions),
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            permissions = (
                guild.everyone_permissions if member_permissions is None else member_permissions
            )
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member=member_payload(user, roles=member_roles, permissions=permissions),
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
        else:
            payload.update(
                user=user.to_payload(),
                authorizing_integration_owners={"0": str(user.id)},
                context=1,
            )
        if message is not None:
            payload["message"] = message
        interaction = FakeInteraction(self, interaction_id, token, payload)
        self.interactions.append(interaction)
        self.interactions_by_id[interaction_id] = interaction
        self.interactions_by_token[token] = interaction
        interaction.dispatched_at = time.perf_counter()
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return interaction

    async def slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        member_permissions: int | None = None,
        member_roles: list[int] | None = None,
        app_permissions: int = DEFAULT_APP_PERMISSIONS,
        locale: str = "en-US",
        resolved: JSON | None = None,
    ) -> FakeInteraction:
        """Dispatch ``/name [sub [subsub]]`` with ``options`` and return without waiting.

        Option types come from the synced command (so ints stay ints, etc.); user/channel/role
        options accept ``FakeUser``/``FakeChannel``/``FakeRole`` and fill ``data.resolved``.
        """
        data = self._command_data(name, options, guild_id, dm)
        if resolved:
            for key, value in resolved.items():
                data.setdefault("resolved", {}).setdefault(key, {}).update(value)
        return await self.send_interaction(
            INTERACTION_APPLICATION_COMMAND,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
            dm=dm,
            member_permissions=member_permissions,
            member_roles=member_roles,
            app_permissions=app_permissions,
            locale=locale,
        )

    async def invoke_slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        timeout: float = 5.0,
        **kw: Any,
    ) -> InteractionCallback:
        """:meth:`slash` and wait for the first callback (``.interaction`` has the rest)."""
        interaction = await self.slash(name, options, **kw)
        return await interaction.wait_callback(timeout)

    async def invoke_autocomplete(
        self,
        name: str,
        focused: str,
        value: str = "",
        options: Mapping[str, Any] | None = None,
        *,
        timeout: float = 5.0,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        locale: str = "en-US",
        member_permissions: int | None = None,
        member_roles: list[int] | None = None,
    ) -> InteractionCallback:
        """Type 4 interaction with ``focused`` option being typed as ``value``; waits for type 8."""
        all_options = {**(options or {}), focused: value}
        data = self._command_data(name, all_options, guild_id, dm, focused=focused)
        interaction = await self.send_interaction(
            INTERACTION_AUTOCOMPLETE,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
            dm=dm,
            locale=locale,
            member_permissions=member_permissions,
            member_roles=member_roles,
        )
        return await interaction.wait_callback(timeout)

    async def component(
        self,
        custom_id: str,
        message_id: int | str,
        *,
        component_type: int = 2,
        values: list[str] | None = None,
        user: FakeUser | None = None,
        member_permissions: int | None = None,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Dispatch a component interaction (button = 2, string select = 3) on a stored message."""
        message = self.messages_by_id.get(int(message_id))
        if message is None:
            raise LookupError(f"message {message_id} unknown to the fake")
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        channel_id = int(message["channel_id"])
        guild, _ = self.find_channel(channel_id)
        return await self.send_interaction(
            INTERACTION_COMPONENT,
            data,
            guild_id=guild.id if guild else None,
            channel_id=channel_id if guild else None,
            dm=guild is None,
            user=user,
            member_permissions=member_permissions,
            locale=locale,
            message=message,
        )

    async def invoke_component(
        self, custom_id: str, message_id: int | str, *, timeout: float = 5.0, **kw: Any
    ) -> InteractionCallback:
        """:meth:`component` and wait for the first callback (usually 6 or 7)."""
        interaction = await self.component(custom_id, message_id, **kw)
        return await interaction.wait_callback(timeout)

    async def submit_modal(
        self,
        custom_id: str,
        values: Mapping[str, str],
        *,
        timeout: float = 5.0,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        member_permissions: int | None = None,
    ) -> InteractionCallback:
        """Type 5 MODAL_SUBMIT with one text input (action row) per ``values`` entry."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in values.items()
        ]
        interaction = await self.send_interaction(
            INTERACTION_MODAL_SUBMIT,
            {"custom_id": custom_id, "components": rows},
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
            member_permissions=member_permissions,
        )
        return await interaction.wait_callback(timeout)
