"""What members see over the fake Discord: the right day in every time zone, buttons that
outlive a restart, private "not found" replies, and one style for refusals and errors."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.client.fanbot import FanBot
from bot.db.connection import Database
from tests.conftest import CORPUS
from tests.e2e.test_bot_on_discord import _buttons, bot_on_fake_discord
from tests.fakediscord import FakeDiscord, FakeUser
from tests.world import MODERATOR

_STAMP = re.compile(r"<t:(-?\d+)(?::([tTdDfFR]))?>")


def as_seen_in(embed: dict[str, Any], utc_offset_hours: int) -> str:
    """The embed's text as a Discord client at that UTC offset shows it: every timestamp
    (``<t:…>`` and the embed's own ``timestamp``) turned into that zone's local date."""
    zone = dt.timezone(dt.timedelta(hours=utc_offset_hours))

    def local(seconds: int) -> str:
        moment = dt.datetime.fromtimestamp(seconds, zone)
        return f"{moment.day} {moment:%B %Y}"

    parts = [embed.get("title", ""), embed.get("description") or ""]
    parts += [f"{field['name']}\n{field['value']}" for field in embed.get("fields", [])]
    parts.append((embed.get("footer") or {}).get("text", ""))
    if embed.get("timestamp"):
        parts.append(local(int(dt.datetime.fromisoformat(embed["timestamp"]).timestamp())))
    return _STAMP.sub(lambda match: local(int(match[1])), "\n".join(parts))


@pytest.fixture
async def premiere_bot(fake_discord: FakeDiscord, db: Database, seeds_dir: Path) -> Any:
    """The real seeds and the article announcing a premiere on 13 February 2026."""
    shutil.copy(CORPUS / "107_premiere-date.txt", seeds_dir)
    async with bot_on_fake_discord(fake_discord, db, seeds_dir) as bot:
        yield bot


@pytest.mark.parametrize("offset", [-12, 0, 14], ids=["UTC-12", "UTC", "UTC+14"])
async def test_a_date_only_premiere_is_the_same_day_at_utc_minus_12_utc_and_utc_plus_14(
    premiere_bot: FanBot, fake_discord: FakeDiscord, offset: int
) -> None:
    guild = fake_discord.guilds[0].id
    reply = await fake_discord.invoke_slash("release-date", guild_id=guild)
    seen = as_seen_in(reply.embeds[0], offset)
    assert "on **13 February 2026**" in seen  # "Premieres" or, once past, "Premiered"
    assert "12 February 2026" not in seen and "14 February 2026" not in seen

    latest = await fake_discord.invoke_slash("news latest", {"count": 1}, guild_id=guild)
    seen = as_seen_in(latest.embeds[0], offset)
    assert "(20 November 2025)" in seen
    assert "19 November 2025" not in seen and "21 November 2025" not in seen

    about = as_seen_in((await fake_discord.invoke_slash("about", guild_id=guild)).embeds[0], offset)
    assert "20 November 2025" in about and "21 November 2025" not in about


async def test_the_last_update_is_a_real_instant_and_no_field_name_holds_a_timestamp(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0].id
    (embed,) = (await fake_discord.invoke_slash("about", guild_id=guild)).embeds
    update = next(field["value"] for field in embed["fields"] if field["name"] == "Last update")
    stamps = [int(seconds) for seconds in _STAMP.findall(update) for seconds in seconds[:1]]
    now = dt.datetime.now(dt.UTC).timestamp()
    assert stamps and all(abs(now - stamp) < 3600 for stamp in stamps)  # seeded just now
    assert ":R>" in update  # "a minute ago", at the real time, not a date at noon

    search = await fake_discord.invoke_slash("news search", {"query": "premiere"}, guild_id=guild)
    (found,) = (await search.interaction.wait_response_message())["embeds"]
    assert found["fields"] and all("<t:" not in field["name"] for field in found["fields"])
    assert all("((" not in text and "))" not in text for text in _texts(found))


def _texts(embed: dict[str, Any]) -> list[str]:
    fields = [t for field in embed.get("fields", []) for t in (field["name"], field["value"])]
    return [embed.get("title", ""), embed.get("description") or "", *fields]


@pytest.fixture
def big_cast_seeds(seeds_dir: Path) -> Path:
    firsts = ["Ada", "Bram", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ivo"]
    lasts = ["Albright", "Birch", "Cole", "Drake", "Ember"]
    people = [f"{first} {last}" for last in lasts for first in firsts]
    lines = "\n".join(f"- {name} as {name.replace(' ', 'ette ')}son" for name in people)
    (seeds_dir / "999_big-cast.txt").write_text(f" date 2025-05-01 Everyone is cast.\n{lines}\n")
    return seeds_dir


async def test_page_buttons_pressed_after_a_real_restart_still_turn_the_page(
    fake_discord: FakeDiscord, db: Database, big_cast_seeds: Path
) -> None:
    guild = fake_discord.guilds[0]
    async with bot_on_fake_discord(fake_discord, db, big_cast_seeds):
        reply = await fake_discord.invoke_slash(
            "cast", {"order": "alphabetical"}, guild_id=guild.id
        )
        message = await reply.interaction.wait_response_message()
    assert "Page 1 of 3" in message["embeds"][0]["footer"]["text"]
    buttons = _buttons(message)

    async with bot_on_fake_discord(fake_discord, db, big_cast_seeds):  # a new process's bot
        turned = await fake_discord.invoke_component(buttons["Next ▶"], message["id"])
        assert turned.type == 7  # the message itself is updated
        assert "Page 2 of 3" in turned.embeds[0]["footer"]["text"]
        assert _buttons(turned.data)["2 / 3"]

        stranger = FakeUser(username="stranger")
        guild.members.append(stranger)
        refused = await fake_discord.invoke_component(
            _buttons(turned.data)["Next ▶"], message["id"], user=stranger
        )
        assert refused.type == 4 and refused.ephemeral
        assert "Only the member who asked" in (refused.content or "")


async def test_another_one_after_a_restart_posts_a_new_reply_and_leaves_the_quote(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path
) -> None:
    guild = fake_discord.guilds[0].id
    async with bot_on_fake_discord(fake_discord, db, seeds_dir):
        reply = await fake_discord.invoke_slash("quote", {"person": "Alice Oseman"}, guild_id=guild)
        message = await reply.interaction.wait_response_message()
    async with bot_on_fake_discord(fake_discord, db, seeds_dir):
        again = await fake_discord.invoke_component(_buttons(reply)["Another one"], message["id"])
        assert again.type == 4  # a new message, not an edit of the one others are reading
        assert again.embeds[0]["title"].startswith("Quote #")
        assert "Oseman" in again.embeds[0]["description"]
        assert "Another one" in _buttons(again.data)


async def test_not_found_replies_are_private_and_point_the_way(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0].id
    who = await fake_discord.invoke_slash("who-is", {"actor": "Nick Nelson"}, guild_id=guild)
    assert who.ephemeral
    assert (
        "**Nick Nelson** is a character, played by **Kit Connor**" in who.embeds[0]["description"]
    )
    quote = await fake_discord.invoke_slash("quote", {"id": 999}, guild_id=guild)
    assert quote.ephemeral
    assert "There is no quote #999. Quote numbers go up to #" in quote.embeds[0]["description"]


async def test_a_cooldown_says_slow_down_in_the_notice_style_not_something_went_wrong(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0].id
    replies = [await fake_discord.invoke_slash("release-date", guild_id=guild) for _ in range(11)]
    refused = replies[-1]
    assert refused.ephemeral
    (embed,) = refused.embeds
    assert embed["title"] == "Slow down"
    assert embed["color"] != 0xE74C3C  # not the error red
    assert "Something went wrong" not in str(embed)


async def test_a_channel_from_another_server_is_named_as_such(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0]
    fake_discord.default_user = fake_discord.owner
    guild.members.append(fake_discord.owner)
    reply = await fake_discord.invoke_slash(
        "alerts set",
        {"channel": "123456789012345678"},
        guild_id=guild.id,
        member_permissions=0x20 | 0x400 | 0x800,
    )
    (embed,) = reply.embeds
    assert reply.ephemeral
    assert "Object id" not in embed["description"]
    assert "channel" in embed["description"] and "this server" in embed["description"]


async def test_help_command_explains_one_command_with_runnable_examples(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0].id
    offered = await fake_discord.invoke_autocomplete("help", "command", "who", guild_id=guild)
    assert {choice["value"] for choice in offered.choices} == {"who-plays", "who-is"}
    reply = await fake_discord.invoke_slash("help", {"command": "who-plays"}, guild_id=guild)
    (embed,) = reply.embeds
    assert reply.ephemeral and embed["title"] == "/who-plays"
    examples = next(f["value"] for f in embed["fields"] if f["name"] == "Examples")
    first = examples.splitlines()[0]
    assert first.startswith("/who-plays ")
    # Runnable as shown: the example's character is one the bot knows.
    name = first.removeprefix("/who-plays ")
    answer = await fake_discord.invoke_slash("who-plays", {"character": name}, guild_id=guild)
    assert answer.embeds[0]["title"] == name


async def test_moderator_commands_are_labelled_and_shown_to_moderators_only(
    premiere_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0].id
    member = await fake_discord.invoke_slash("help", guild_id=guild)
    member_text = "\n".join(_texts(member.embeds[0]))
    assert "/who-plays" in member_text
    assert "/alerts" not in member_text and "moderators only" not in member_text
    hidden = await fake_discord.invoke_autocomplete("help", "command", "alerts", guild_id=guild)
    assert hidden.choices == []

    moderator = await fake_discord.invoke_slash(
        "help", guild_id=guild, member_permissions=MODERATOR
    )
    moderator_text = "\n".join(_texts(moderator.embeds[0]))
    assert "**/alerts set channel: [role:]" in moderator_text
    assert "(moderators only)" in moderator_text
    one = await fake_discord.invoke_slash(
        "help", {"command": "news add"}, guild_id=guild, member_permissions=MODERATOR
    )
    assert "For moderators only" in one.embeds[0]["description"]


async def test_news_search_counts_all_matches_and_its_pages_turn(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path
) -> None:
    for number in range(15):
        (seeds_dir / f"9{number:02d}_gala.txt").write_text(
            f" date 2025-06-{number + 1:02d} The gala number {number} was announced.\n"
        )
    async with bot_on_fake_discord(fake_discord, db, seeds_dir):
        reply = await fake_discord.invoke_slash(
            "news search", {"query": "gala"}, guild_id=fake_discord.guilds[0].id
        )
        message = await reply.interaction.wait_response_message()
        (embed,) = message["embeds"]
        assert embed["description"] == "15 articles match, best first."
        assert embed["footer"]["text"].startswith("Page 1 of 3")
        turned = await fake_discord.invoke_component(_buttons(message)["Next ▶"], message["id"])
        (second,) = turned.embeds
        assert second["footer"]["text"].startswith("Page 2 of 3")
        assert [field["name"].split(".")[0] for field in second["fields"]] == [
            "6", "7", "8", "9", "10",
        ]  # fmt: skip
