import pytest
from discord import AppCommandOptionType as T

from bot.cli.invocation import CommandSpec, OptionSpec, UsageError, parse_invocation

COMMANDS = [
    CommandSpec("who-plays", "", (OptionSpec("character", T.string, True),)),
    CommandSpec(
        "quote",
        "",
        (
            OptionSpec("person", T.string, False),
            OptionSpec("about", T.string, False),
            OptionSpec("id", T.integer, False),
            OptionSpec("private", T.boolean, False),
        ),
    ),
    CommandSpec("news search", "", (OptionSpec("query", T.string, True),)),
    CommandSpec("release-date", "", ()),
]


def test_text_after_the_command_fills_its_first_option() -> None:
    invocation = parse_invocation("/who-plays Nick Someone", COMMANDS)
    assert invocation.command.qualified_name == "who-plays"
    assert invocation.values == {"character": "Nick Someone"}


def test_named_options_are_split_and_typed() -> None:
    invocation = parse_invocation(
        "/quote person:Ivo Brandt about:the end id:12 private:yes", COMMANDS
    )
    assert invocation.values == {
        "person": "Ivo Brandt",
        "about": "the end",
        "id": 12,
        "private": True,
    }


def test_a_group_command_nests_its_options_as_discord_sends_them() -> None:
    data = parse_invocation("news search query:first look", COMMANDS).interaction_data()
    assert data["name"] == "news"
    assert data["options"] == [
        {
            "name": "search",
            "type": 1,
            "options": [{"name": "query", "type": 3, "value": "first look"}],
        }
    ]


def test_a_command_without_options_has_none_in_its_data() -> None:
    data = parse_invocation("/release-date", COMMANDS).interaction_data()
    assert data == {"id": "0", "type": 1, "name": "release-date", "options": []}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("/nope", "unknown command /nope"),
        ("", "type a command"),
        ("/who-plays", "needs character"),
        ("/who-plays persn:Nick", "no option 'persn'"),
        ("/quote id:twelve", "must be a number"),
        ("/quote private:maybe", "true or false"),
        ("/quote person:A person:B", "given twice"),
        ("/release-date soon", "takes no options"),
    ],
)
def test_mistakes_are_usage_errors_with_a_clear_message(line: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_invocation(line, COMMANDS)
