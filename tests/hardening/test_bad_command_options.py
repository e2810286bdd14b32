"""Arbitrary unicode, up to Discord's own length limits, in every option of every command,
through the real client and the fake Discord: never an unhandled error, never a reply over
Discord's limits, never a mention or markdown executed from the member's text."""

from __future__ import annotations

import re
from typing import Any

from discord.utils import escape_markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakediscord import FakeUser
from tests.hardening.helpers import embed_problems, mention_problems, text_of
from tests.world import MODERATOR, WAIT, World

OPT_STRING, OPT_INTEGER, OPT_BOOLEAN, OPT_CHANNEL, OPT_ROLE, OPT_NUMBER = 3, 4, 5, 7, 8, 10
SUBCOMMAND_TYPES = (1, 2)
LIVE_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d{17,20}>")
MARKUP = [
    "@everyone",
    "@here",
    "<@&1>",
    "<@1>",
    "**",
    "__",
    "~~",
    "`",
    "||",
    "> ",
    "# ",
    "[x](https://e.x)",
    "\n",
    "\u200b",
    "\u202e",
]


def _leaf_commands(commands: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    found = []

    def walk(prefix: str, options: list[dict[str, Any]]) -> None:
        subs = [o for o in options if o["type"] in SUBCOMMAND_TYPES]
        if not subs:
            found.append((prefix, options))
        for sub in subs:
            walk(f"{prefix} {sub['name']}", sub.get("options") or [])

    for command in commands:
        walk(command["name"], command.get("options") or [])
    return sorted(found)


def _text(option: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = option.get("min_length") or 1, option.get("max_length") or 6000
    pieces = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(min_size=1, max_size=50)))
    joined = pieces.map("".join)
    return st.one_of(joined, st.text(min_size=low, max_size=high)).filter(
        lambda text: low <= len(text) <= high and text.strip()
    )


def _value(option: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    if option.get("choices"):
        return st.sampled_from([choice["value"] for choice in option["choices"]])
    if option["type"] == OPT_STRING:
        return _text(option)
    if option["type"] in (OPT_INTEGER, OPT_NUMBER):
        low = option.get("min_value", -(2**53))
        high = option.get("max_value", 2**53)
        return st.integers(int(low), int(high))
    if option["type"] == OPT_BOOLEAN:
        return st.booleans()
    return None  # channels and roles: not free text, left out


def _simplest(option: dict[str, Any]) -> Any:
    """The plainest value a member could give the option (None: picked, not typed)."""
    if option.get("choices"):
        return option["choices"][0]["value"]
    if option["type"] == OPT_STRING:
        return "x" * (option.get("min_length") or 1)
    if option["type"] in (OPT_INTEGER, OPT_NUMBER):
        return int(option.get("min_value", 0))
    if option["type"] == OPT_BOOLEAN:
        return False
    return None


@st.composite
def invocations(draw: st.DrawFn, commands: list[tuple[str, list[dict[str, Any]]]]) -> Any:
    name, options = draw(st.sampled_from(commands))
    values = {}
    for option in options:
        strategy = _value(option)
        if strategy is None:
            continue
        if option.get("required") or draw(st.booleans()):
            values[option["name"]] = draw(strategy)
    return name, values


_members = iter(range(10**6))


async def test_arbitrary_unicode_in_every_option_of_every_command_is_handled_safely(
    world: World,
) -> None:
    commands = _leaf_commands(world.fake.commands(world.a.id))
    assert len(commands) >= 15
    seen: set[str] = set()

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,  # the same examples on every run: a failure is reproducible
    )
    @given(st.data())
    def examples(data: st.DataObject) -> None:
        examples_drawn.append(data.draw(invocations(commands)))

    examples_drawn: list[tuple[str, dict[str, Any]]] = []
    examples()
    # Make sure every command was tried at least once, with its required options.
    for name, options in commands:
        if name not in {drawn for drawn, _ in examples_drawn}:
            values = {o["name"]: _simplest(o) for o in options if o.get("required")}
            values = {key: value for key, value in values.items() if value is not None}
            examples_drawn.append((name, values))
    schemas = dict(commands)
    for name, typed in examples_drawn:
        seen.add(name)
        pickable = {OPT_CHANNEL: world.news(world.a), OPT_ROLE: world.role}
        picked = {  # a channel or a role is picked from a list, not typed
            option["name"]: pickable[option["type"]]
            for option in schemas[name]
            if option.get("required") and option["type"] in pickable
        }
        await _try(world, name, {**typed, **picked})
    assert seen >= {name for name, _ in commands}


async def _try(world: World, name: str, values: dict[str, Any]) -> None:
    user = FakeUser(username=f"member{next(_members)}")  # fresh: cooldowns do not hide paths
    world.a.members.append(user)
    interaction = await world.fake.slash(
        name, values, guild_id=world.a.id, user=user, member_permissions=MODERATOR
    )
    opened = await interaction.wait_callback(WAIT)
    if opened.type == 9:  # a form (``/news add`` without its text): filled in with the values
        fields = [c for row in opened.data["components"] for c in row["components"]]
        filled = {
            field["custom_id"]: str(values.get(field["custom_id"], field.get("value") or "x"))
            for field in fields
        }
        submitted = await world.fake.submit_modal(
            opened.data["custom_id"],
            filled,
            guild_id=world.a.id,
            user=user,
            member_permissions=MODERATOR,
        )
        interaction = submitted.interaction
    message = await interaction.wait_response_message(WAIT)
    text = text_of(message)
    assert "Something went wrong on my side" not in text, (name, values)
    for embed in message.get("embeds") or []:
        assert not embed_problems(embed), (name, values, embed_problems(embed))
    assert len(message.get("content") or "") <= 2000
    for callback in interaction.callbacks:
        assert not mention_problems({"data": callback.data}), (name, values)
    assert not LIVE_MENTION.search(text), (name, values)  # every mention neutralised
    for value in values.values():
        if isinstance(value, str) and value in text:  # echoed: only with markdown escaped
            assert value in escape_markdown(value), (name, value)
