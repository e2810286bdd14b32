"""``/moderators`` through the real command tree, and the one moderator check every moderator
command makes: Manage Server, or the moderator role a server's admins named."""

from __future__ import annotations

import pytest

from bot.answers.alerts import AlertStatus
from bot.answers.corrections import HeldFacts
from bot.answers.errors import InvalidInput, NotAllowed
from bot.answers.moderation import ModeratorRoleCleared, ModeratorRoleSet, ModeratorRoleShown
from bot.db.moderators import moderator_role
from tests.cogs.conftest import Servers
from tests.fakediscord import DEFAULT_EVERYONE_PERMISSIONS

MEMBER = DEFAULT_EVERYONE_PERMISSIONS


async def test_admins_set_show_and_clear_the_moderator_role(servers: Servers) -> None:
    role = servers.role
    assert await servers.run("moderators show") == ModeratorRoleShown(None)
    set_role = await servers.run("moderators set", {"role": role})
    assert set_role == ModeratorRoleSet(role.id, role.name)
    assert await servers.run("moderators show") == ModeratorRoleShown(role.id, role.name)
    assert await moderator_role(servers.db, servers.other.id) is None  # this server's only
    assert await servers.run("moderators clear") == ModeratorRoleCleared(was_set=True)
    assert await servers.run("moderators clear") == ModeratorRoleCleared(was_set=False)


async def test_the_moderator_role_is_not_everyone(servers: Servers) -> None:
    everyone = servers.editor.everyone_role()
    refused = await servers.run("moderators set", {"role": everyone})
    assert isinstance(refused, InvalidInput) and "@everyone" in str(refused)


@pytest.mark.parametrize("name", ["facts review", "facts log", "alerts status"])
async def test_the_named_role_makes_a_moderator_without_manage_server_until_it_is_removed(
    servers: Servers, name: str
) -> None:
    role = servers.role.id
    assert isinstance(await servers.run(name, permissions=MEMBER, roles=[role]), NotAllowed)
    await servers.run("moderators set", {"role": servers.role})
    allowed = await servers.run(name, permissions=MEMBER, roles=[role])
    assert not isinstance(allowed, NotAllowed), allowed
    if name == "facts review":
        assert isinstance(allowed, HeldFacts)
    if name == "alerts status":
        assert isinstance(allowed, AlertStatus)
    # The role taken from the member: the very next use is refused.
    refused = await servers.run(name, permissions=MEMBER, roles=[])
    assert isinstance(refused, NotAllowed) and "moderator role" in str(refused)
    # The role no longer named: its members are members again.
    await servers.run("moderators clear")
    assert isinstance(await servers.run(name, permissions=MEMBER, roles=[role]), NotAllowed)


async def test_only_admins_name_the_role_and_a_member_cannot_see_it(servers: Servers) -> None:
    await servers.run("moderators set", {"role": servers.role})
    for name, options in (("moderators set", {"role": servers.role}), ("moderators clear", None)):
        by_role = await servers.run(name, options, permissions=MEMBER, roles=[servers.role.id])
        assert isinstance(by_role, NotAllowed) and "Manage Server" in str(by_role)
    assert isinstance(await servers.run("moderators show", permissions=MEMBER), NotAllowed)
    shown = await servers.run("moderators show", permissions=MEMBER, roles=[servers.role.id])
    assert shown == ModeratorRoleShown(servers.role.id, servers.role.name)
