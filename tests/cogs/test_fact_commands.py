"""``/facts`` through the real command tree, on the fake Discord: each command's typed answer
or error, who may use it, and its autocomplete.

The real extractor reads the real seeds, except that the first quote of each article is held
back as unsure, so there is something to review.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.answers.corrections import Corrected, CorrectionLog, CorrectionUndone, HeldFacts
from bot.answers.errors import InvalidInput, NotAllowed, NotFoundError
from bot.answers.lookups import QuoteAnswer, WhoPlays
from bot.cli.console import run_line
from bot.corrections import CorrectionAction
from tests.cogs.conftest import MODERATOR, RecordingPresenter, Servers
from tests.fakediscord import DEFAULT_EVERYONE_PERMISSIONS
from tests.held import DOUBT, hold_first_quotes

MEMBER = DEFAULT_EVERYONE_PERMISSIONS
EVERY_COMMAND: dict[str, dict[str, Any] | None] = {
    "facts review": None,
    "facts approve": {"fact": "quote-1"},
    "facts reject": {"fact": "quote-1"},
    "facts hide": {"fact": "cast-1"},
    "facts unhide": {"fact": "cast-1"},
    "facts cast": {"character": "Nick Nelson", "actor": "Odile Marchetti"},
    "facts speaker": {"quote": 2, "person": "unknown"},
    "facts merge": {"name": "Jenny Walser", "into": "Jenny Walsar"},
    "facts log": None,
    "facts undo": {"correction": 1},
}


@pytest.fixture(autouse=True)
def first_quotes_held(monkeypatch: pytest.MonkeyPatch) -> None:
    hold_first_quotes(monkeypatch)


async def _held(servers: Servers) -> list[str]:
    review = await servers.run("facts review")
    assert isinstance(review, HeldFacts)
    return [str(held.line.fact_id) for held in review.facts]


async def test_review_lists_the_held_quotes_each_with_approve_and_reject(
    servers: Servers,
) -> None:
    review = await servers.run("facts review")
    assert isinstance(review, HeldFacts) and review.total == 2
    assert all(held.line.fact_id.kind == "quote" for held in review.facts)
    assert all(held.doubt == DOUBT for held in review.facts)
    actions = servers.presenter.actions
    assert [[action.label for action in page] for page in actions] == [["Approve", "Reject"]] * 2


async def test_every_correction_answers_with_what_it_did_and_the_log_undoes_it(
    servers: Servers,
) -> None:
    first, second = await _held(servers)
    made = {
        "approve": await servers.run("facts approve", {"fact": first}),
        "reject": await servers.run("facts reject", {"fact": second}),
        "hide": await servers.run("facts hide", {"fact": "cast-1", "reason": "a rumour"}),
        "unhide": await servers.run("facts unhide", {"fact": "cast-1"}),
        "speaker": await servers.run("facts speaker", {"quote": 3, "person": "unknown"}),
        "cast": await servers.run(
            "facts cast", {"character": "Nick Nelson", "actor": "Odile Marchetti"}
        ),
        "merge": await servers.run("facts merge", {"name": "Jenny Walser", "into": "Jenny Walsar"}),
    }
    for action, answer in made.items():
        assert isinstance(answer, Corrected), (action, answer)
        assert answer.entry.action is CorrectionAction(action)
        assert answer.entry.user_id is not None and answer.entry.guild_id == servers.editor.id
    assert await _held(servers) == []

    log = await servers.run("facts log")
    assert isinstance(log, CorrectionLog) and log.total == len(made)
    assert [entry.action for entry in log.entries] == [CorrectionAction(a) for a in reversed(made)]
    assert log.entries[0].guild_name == "Editor"
    undo_buttons = [action.label for page in servers.presenter.actions for action in page]
    assert undo_buttons == [f"Undo #{entry.number}" for entry in log.entries]

    speaker = made["speaker"]
    assert isinstance(speaker, Corrected)
    undone = await servers.run("facts undo", {"correction": speaker.entry.number})
    assert isinstance(undone, CorrectionUndone) and undone.entry.undone_at is not None
    await run_line(servers.bot, servers.bot.tree, "/quote id:3")  # offline, as the operator
    quote = servers.presenter.answers[-1][0]
    assert isinstance(quote, QuoteAnswer) and quote.speaker and not quote.source.corrected


@pytest.mark.parametrize(
    ("name", "options", "error", "echo"),
    [
        ("facts approve", {"fact": "cast-999"}, NotFoundError, None),
        ("facts hide", {"fact": "@everyone the date"}, InvalidInput, "@everyone the date"),
        ("facts cast", {"character": "Nik Nelsen", "actor": "Ada"}, NotFoundError, "Nik Nelsen"),
        ("facts merge", {"name": "Kit Connor", "into": "Nick Nelson"}, InvalidInput, "Kit Connor"),
        ("facts undo", {"correction": 42}, NotFoundError, None),
    ],
)
async def test_bad_input_gets_a_clear_private_reply_and_changes_nothing(
    servers: Servers, name: str, options: dict[str, Any], error: type[Exception], echo: str | None
) -> None:
    refused = await servers.run(name, options)
    assert isinstance(refused, error), refused
    assert getattr(refused, "echo", None) == echo
    if name == "facts cast":
        assert "Nick Nelson" in str(refused)  # the closest is offered
    log = await servers.run("facts log")
    assert isinstance(log, CorrectionLog) and log.total == 0


@pytest.mark.parametrize("name", list(EVERY_COMMAND))
async def test_a_member_is_refused_every_facts_command(servers: Servers, name: str) -> None:
    refused = await servers.run(name, EVERY_COMMAND[name], permissions=MEMBER)
    assert isinstance(refused, NotAllowed), refused


@pytest.mark.parametrize("name", list(EVERY_COMMAND))
async def test_a_moderator_of_a_server_not_editing_the_news_is_refused(
    servers: Servers, name: str
) -> None:
    refused = await servers.run(name, EVERY_COMMAND[name], guild=servers.other)
    assert isinstance(refused, NotAllowed) and refused.title == "Not here", refused


@pytest.mark.parametrize(
    ("name", "option", "typed", "expected"),
    [
        ("facts approve", "fact", "quote", "quote-"),
        ("facts hide", "fact", "Kit Connor", "cast-"),
        ("facts cast", "character", "nic", "Nick Nelson"),
        ("facts speaker", "person", "unk", "unknown"),
        ("facts merge", "into", "kit", "Kit Connor"),
    ],
)
async def test_autocomplete_offers_moderators_facts_and_names_and_members_no_facts(
    servers: Servers, name: str, option: str, typed: str, expected: str
) -> None:
    guild = servers.editor.id
    offered = await servers.fake.invoke_autocomplete(
        name, option, typed, guild_id=guild, member_permissions=MODERATOR
    )
    assert offered.type == 8
    values = [str(choice["value"]) for choice in offered.choices]
    assert any(value.startswith(expected) for value in values), values
    assert all(len(choice["name"]) <= 100 for choice in offered.choices)
    if option == "fact":
        member = await servers.fake.invoke_autocomplete(
            name, option, typed, guild_id=guild, member_permissions=MEMBER
        )
        assert member.choices == []


async def test_the_console_is_the_operator_with_every_right(servers: Servers) -> None:
    await run_line(servers.bot, servers.bot.tree, "/facts hide fact:cast-1 reason:checking")
    presenter = servers.presenter
    assert isinstance(presenter, RecordingPresenter) and not presenter.errors
    hidden = presenter.answers[-1][0]
    assert isinstance(hidden, Corrected)
    assert (hidden.entry.user_id, hidden.entry.guild_id) == (None, None)


async def _actor(servers: Servers, character: str) -> str | None:
    answer = await servers.run("who-plays", {"character": character, "private": True})
    assert isinstance(answer, WhoPlays)
    return answer.current.actor if answer.current else None


async def test_who_plays_follows_a_moderators_casting_and_its_undo_at_once(
    servers: Servers,
) -> None:
    assert await _actor(servers, "Nick") == "Kit Connor"
    cast = await servers.run("facts cast", {"character": "Nick Nelson", "actor": "Odile Marchetti"})
    assert isinstance(cast, Corrected)
    assert await _actor(servers, "Nick") == "Odile Marchetti"
    await servers.run("facts undo", {"correction": cast.entry.number})
    assert await _actor(servers, "Nick") == "Kit Connor"
