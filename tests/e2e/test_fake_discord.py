"""Tests of the fake Discord harness itself, driven by a minimal real ``commands.Bot``."""

from __future__ import annotations

import asyncio
import io

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fakediscord import (
    MANAGE_GUILD,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    running_bot,
)
from tests.world import checked_fake

ALL_COMMANDS = {"ping", "film", "slow", "pager", "feedback", "file", "club"}
FILMS = ["Alien", "Aliens", "Amadeus", "Brazil", "Casablanca"]


class Pager(discord.ui.View):
    """One-button view: each press bumps the page number (tests component routing)."""

    def __init__(self) -> None:
        super().__init__(timeout=30)
        self.page = 1

    @discord.ui.button(label="Next", custom_id="pager:next")
    async def next_page(
        self, interaction: discord.Interaction, _: discord.ui.Button[Pager]
    ) -> None:
        self.page += 1
        await interaction.response.edit_message(content=f"page {self.page}", view=self)


class Feedback(discord.ui.Modal, title="Feedback"):
    """Modal with one text input (tests modal submit routing)."""

    text: discord.ui.TextInput[Feedback] = discord.ui.TextInput(label="Text", custom_id="text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


def make_bot() -> commands.Bot:
    """Minimal bot with the commands the harness tests need; default intents only."""
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())

    @bot.tree.command(name="ping", description="Replies with an embed")
    async def ping(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="Pong", description=f"hi {interaction.user.name}")
        embed.add_field(name="guild", value=str(interaction.guild_id))
        await interaction.response.send_message(embed=embed)

    @bot.tree.command(name="film", description="Pick a film")
    @app_commands.describe(title="Film title", year="Release year")
    async def film(interaction: discord.Interaction, title: str, year: int = 0) -> None:
        await interaction.response.send_message(f"{title} ({year}) {type(year).__name__}")

    @film.autocomplete("title")
    async def film_autocomplete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        hits = [f for f in FILMS if f.lower().startswith(current.lower())]
        return [app_commands.Choice(name=f, value=f) for f in hits]

    @bot.tree.command(name="slow", description="Defers, then follows up")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(0.05)
        await interaction.followup.send("done thinking", ephemeral=True)
        await interaction.edit_original_response(content="edited original")

    @bot.tree.command(name="pager", description="Message with a button")
    async def pager(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("page 1", view=Pager())

    @bot.tree.command(name="feedback", description="Opens a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(Feedback(custom_id="feedback-modal"))

    @bot.tree.command(name="file", description="Replies with an attachment")
    async def file(interaction: discord.Interaction) -> None:
        upload = discord.File(io.BytesIO(b"scene,year\nAlien,1979\n"), filename="films.csv")
        await interaction.response.send_message("see attached", file=upload)

    club = app_commands.Group(name="club", description="Fan club")
    admin = app_commands.Group(name="admin", description="Admin", parent=club)

    @club.command(name="join", description="Join")
    async def join(interaction: discord.Interaction, nickname: str, verbose: bool = False) -> None:
        await interaction.response.send_message(f"joined as {nickname} verbose={verbose}")

    @admin.command(name="kick", description="Kick")
    async def kick(interaction: discord.Interaction, member: discord.Member) -> None:
        perms = interaction.permissions.manage_guild
        await interaction.response.send_message(f"kick {member.name} manage_guild={perms}")

    bot.tree.add_command(club)
    return bot


async def test_login_ready_and_guild_cache(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    guild = fake_discord.guilds[0]
    async with running_bot(bot, fake_discord):
        cached = bot.get_guild(guild.id)
        assert cached is not None
        assert cached.name == "Fan Club"
        assert cached.get_channel(guild.text_channel.id) is not None
        assert cached.me is not None and cached.me.id == fake_discord.bot_user.id
        assert bot.user is not None and bot.user.id == fake_discord.bot_user.id
        assert bot.application_id == fake_discord.application_id
        assert fake_discord.gateway.query_strings[0]["compress"] == "zlib-stream"
        identify = fake_discord.gateway.identify_payloads[0]
        assert identify["token"] == "fake-token"
        assert identify["intents"] == discord.Intents.default().value
        app_info = await bot.application_info()
        assert app_info.owner.id == fake_discord.owner.id
    assert bot.is_closed()


async def test_sync_and_ping_embed(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    guild = fake_discord.guilds[0]
    async with running_bot(bot, fake_discord):
        target = discord.Object(id=guild.id)
        bot.tree.copy_global_to(guild=target)
        synced = await bot.tree.sync(guild=target)
        stored = fake_discord.commands(guild.id)
        assert {c["name"] for c in stored} == ALL_COMMANDS
        assert {c.id for c in synced} == {int(c["id"]) for c in stored}

        reply = await fake_discord.invoke_slash("ping")
        assert reply.type == 4
        ping_command = fake_discord.command("ping", guild.id)
        assert ping_command is not None
        assert reply.interaction.payload["data"]["id"] == ping_command["id"]
        [embed] = reply.embeds
        assert embed["title"] == "Pong"
        assert embed["description"] == "hi tester"
        assert embed["fields"][0]["value"] == str(guild.id)
        assert reply.interaction.original is not None
        assert reply.interaction.original["type"] == 20


async def test_typed_options_and_autocomplete(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        assert {c["name"] for c in fake_discord.commands()} == ALL_COMMANDS

        reply = await fake_discord.invoke_slash("film", {"title": "Brazil", "year": 1985})
        assert reply.content == "Brazil (1985) int"

        choices = await fake_discord.invoke_autocomplete("film", focused="title", value="al")
        assert choices.type == 8
        assert [c["value"] for c in choices.choices] == ["Alien", "Aliens"]


async def test_deferred_reply_followup_and_edit(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        interaction = await fake_discord.slash("slow")
        first = await interaction.wait_callback()
        assert first.type == 5
        followup = await interaction.wait_followup()
        assert followup["content"] == "done thinking"
        assert int(followup["flags"]) & 64
        edit = await interaction.wait_original_edit()
        assert edit["content"] == "edited original"
        visible = await interaction.wait_response_message()
        assert visible["content"] == "edited original"


async def test_component_press_updates_message(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        reply = await fake_discord.invoke_slash("pager")
        message = reply.interaction.original
        assert message is not None
        assert message["components"][0]["components"][0]["custom_id"] == "pager:next"
        press = await fake_discord.invoke_component("pager:next", message["id"])
        assert press.type == 7
        assert press.content == "page 2"
        press = await fake_discord.invoke_component("pager:next", message["id"])
        assert press.content == "page 3"
        assert fake_discord.messages_by_id[int(message["id"])]["content"] == "page 3"


async def test_channel_send_is_recorded(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    channel_id = fake_discord.guilds[0].text_channel.id
    async with running_bot(bot, fake_discord):
        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send("hello fans", embed=discord.Embed(title="News"))
        recorded = await fake_discord.wait_for_channel_message(channel_id)
        assert recorded["content"] == "hello fans"
        assert recorded["embeds"][0]["title"] == "News"
        assert sent.id == int(recorded["id"])
        await sent.edit(content="edited")
        assert fake_discord.channel_messages(channel_id)[0]["content"] == "edited"


async def test_gateway_resume_after_4000(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    resumed = asyncio.Event()

    async def on_resumed() -> None:
        resumed.set()

    bot.add_listener(on_resumed)
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        await fake_discord.drop_gateway(4000)
        # Dispatched while the client is (most likely) disconnected: replayed on RESUME.
        interaction = await fake_discord.slash("ping")
        await fake_discord.wait_resumed()
        reply = await interaction.wait_callback()
        assert reply.embeds[0]["title"] == "Pong"
        await asyncio.wait_for(resumed.wait(), 5)
        assert fake_discord.gateway.ready_count == 1
        assert fake_discord.gateway.resumed_count == 1
        again = await fake_discord.invoke_slash("ping")
        assert again.type == 4

        await fake_discord.request_reconnect()  # op 7: client closes and RESUMEs
        await fake_discord.wait_resumed(2)
        assert fake_discord.gateway.ready_count == 1
        assert (await fake_discord.invoke_slash("ping")).type == 4


class QuickReidentifyBot(commands.Bot):
    """discord.py sleeps 5 s in ``before_identify_hook`` before every non-initial IDENTIFY."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


async def test_invalid_session_forces_reidentify(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    # Same commands, but skip the library's 5 s re-IDENTIFY back-off to keep the test fast.
    bot.__class__ = QuickReidentifyBot
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        await fake_discord.drop_gateway(4000, invalidate=True)
        await fake_discord.wait_identified(2)
        assert fake_discord.gateway.resumed_count == 0
        reply = await fake_discord.invoke_slash("ping")
        assert reply.type == 4


async def test_rest_429_is_retried_and_sent_once(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    channel_id = fake_discord.guilds[0].text_channel.id
    async with running_bot(bot, fake_discord):
        fake_discord.fail_next("/channels/{channel_id}/messages", method="POST", retry_after=0.2)
        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await channel.send("after the limit")
        assert loop.time() - started >= 0.2
        statuses = [c.status for c in fake_discord.calls("/channels/*/messages", method="POST")]
        assert statuses == [429, 200]
        assert [m["content"] for m in fake_discord.channel_messages(channel_id)] == [
            "after the limit"
        ]


async def test_subcommands_member_option_and_permissions(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        reply = await fake_discord.invoke_slash("club join", {"nickname": "ripley"})
        assert reply.content == "joined as ripley verbose=False"
        reply = await fake_discord.invoke_slash("club join", {"nickname": "ash", "verbose": True})
        assert reply.content == "joined as ash verbose=True"
        target = fake_discord.guilds[0].owner
        reply = await fake_discord.invoke_slash(
            "club admin kick", {"member": target}, member_permissions=MANAGE_GUILD
        )
        assert reply.content == "kick guild-owner manage_guild=True"


async def test_modal_dm_and_attachment(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        opened = await fake_discord.invoke_slash("feedback")
        assert opened.type == 9
        assert opened.data["custom_id"] == "feedback-modal"
        submitted = await fake_discord.submit_modal("feedback-modal", {"text": "great film"})
        assert submitted.content == "thanks: great film"
        assert submitted.ephemeral

        in_dm = await fake_discord.invoke_slash("ping", dm=True)
        assert in_dm.embeds[0]["fields"][0]["value"] == "None"

        with_file = await fake_discord.invoke_slash("file")
        [upload] = with_file.files
        assert upload.filename == "films.csv"
        assert upload.data.startswith(b"scene,year")
        assert with_file.data["attachments"][0]["filename"] == "films.csv"


async def test_rest_500_and_callback_429_are_retried(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    channel_id = fake_discord.guilds[0].text_channel.id
    async with running_bot(bot, fake_discord):
        await bot.tree.sync()
        fake_discord.fail_next("/interactions/*/callback", retry_after=0.1, is_global=True)
        reply = await fake_discord.invoke_slash("ping")
        assert reply.type == 4
        assert [c.status for c in fake_discord.calls("/interactions/*")] == [429, 200]

        fake_discord.fail_next("/channels/{channel_id}/messages", status=500)
        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        await channel.send("survived a 500")  # discord.py backs off 1 s before retrying
        statuses = [c.status for c in fake_discord.calls("/channels/*/messages", method="POST")]
        assert statuses == [500, 200]
        assert len(fake_discord.channel_messages(channel_id)) == 1


async def test_forum_posts_are_threads_with_their_first_message() -> None:
    forum, tagged = FakeChannel.forum("news-forum"), FakeChannel.forum("tags", require_tag=True)
    guild = FakeGuild(name="Forums", channels=[FakeChannel(name="general"), forum, tagged])
    bot = make_bot()
    async with checked_fake([guild]) as fake, running_bot(bot, fake):
        cached = bot.get_channel(forum.id)
        assert isinstance(cached, discord.ForumChannel)
        created = await cached.create_thread(
            name="Big news", content="hello", embed=discord.Embed(title="T")
        )
        assert created.message.id == created.thread.id  # the first message is the post's id
        ((thread, first),) = fake.forum_posts(forum.id)
        assert (thread["name"], first["content"]) == ("Big news", "hello")
        await fake.wait_until(lambda: cached.get_thread(created.thread.id) is not None)
        await created.message.edit(content="edited")
        assert fake.forum_posts(forum.id)[0][1]["content"] == "edited"
        refused = bot.get_channel(tagged.id)
        assert isinstance(refused, discord.ForumChannel) and refused.flags.require_tag
        with pytest.raises(discord.HTTPException) as error:
            await refused.create_thread(name="No tag", content="x")
        assert error.value.code == 40067
        await fake.delete_channel(forum.id)
        await fake.wait_until(lambda: bot.get_channel(forum.id) is None)
