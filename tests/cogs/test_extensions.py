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
