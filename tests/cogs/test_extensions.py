from bot.client.fanbot import FanBot, discover_extensions


def test_every_cog_module_is_discovered_but_helpers_are_not() -> None:
    extensions = discover_extensions()
    assert {"cogs.cast", "cogs.release", "cogs.quotes"} <= set(extensions)
    assert not any(name.rsplit(".", 1)[-1].startswith("_") for name in extensions)


async def test_every_extension_loads_and_command_names_are_unique(fan_bot: FanBot) -> None:
    names = [command.qualified_name for command in fan_bot.tree.walk_commands()]
    assert len(names) == len(set(names))
    assert {"who-plays", "release-date", "quote"} <= set(names)


async def test_every_command_and_option_is_described(fan_bot: FanBot) -> None:
    for command in fan_bot.tree.walk_commands():
        assert command.description and command.description != "…", command.qualified_name
        for parameter in getattr(command, "parameters", []):
            assert parameter.description and parameter.description != "…", parameter.name


async def test_command_options_are_annotated_with_objects_not_strings(fan_bot: FanBot) -> None:
    """The cog modules do not postpone annotations (no ``from __future__ import annotations``):
    discord.py turns each option's string annotation into a ForwardRef and evaluates it,
    compiling it twice, for every command, while the cogs load on the way to READY; an
    annotation that is already an object is taken as it is."""
    for command in fan_bot.tree.walk_commands():
        callback = getattr(command, "callback", None)
        if callback is None:  # a group: its subcommands are walked too
            continue
        strings = {name: a for name, a in callback.__annotations__.items() if isinstance(a, str)}
        assert not strings, (command.qualified_name, strings)
