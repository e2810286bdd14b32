"""``/facts``: moderators review and correct what the bot learnt.

For moderators (Manage Server, or the moderator role) of the servers the operator lists in
``NEWS_EDITOR_GUILD_IDS``, since the knowledge is shared by every server; the offline console
is the operator, with every right. Discord hides the group from others by default and keeps it
out of DMs; every command, and every button under its answers, checks again in code. What each
command does is :mod:`bot.moderation.corrections` and :mod:`bot.moderation.name_corrections`;
every answer is private, and a correction alerts nobody (an approved piece of news excepted).
Those two modules (and the review queries and autocomplete) are imported when a command first
uses them (:func:`bot.lazy_modules.lazy_module`): READY needs none of them, nor the alert and
ingestion modules they bring.
"""

from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import Answer
from bot.answers.errors import ExpectedError
from bot.client.actions import Action
from bot.client.fanbot import FanBot
from bot.corrections import UNKNOWN_SPEAKER
from bot.lazy_modules import lazy_module
from bot.moderation.permissions import Moderator, require_news_editor
from cogs._autocomplete import CHOICE_LIMIT, name_choices, think_first
from cogs._moderation import check_first

if TYPE_CHECKING:
    from bot.db import review as review_queries
    from bot.knowledge import matching
    from bot.moderation import choices, corrections, name_corrections
else:  # not loaded before READY
    matching = lazy_module("bot.knowledge.matching")
    review_queries = lazy_module("bot.db.review")
    choices = lazy_module("bot.moderation.choices")
    corrections = lazy_module("bot.moderation.corrections")
    name_corrections = lazy_module("bot.moderation.name_corrections")

SHARED_KNOWLEDGE = (
    "What the bot knows is shared by every server it is in, so only moderators of the "
    "servers its operator chose can correct it."
)
FACT_HELP = "The fact's id, e.g. cast-12 (shown by /news show and /facts review)"
Decision = Callable[..., Awaitable[Answer]]
Choices = list[app_commands.Choice[str]]
NumberChoices = list[app_commands.Choice[int]]


@app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
@app_commands.default_permissions(manage_guild=True)
class Facts(commands.GroupCog, group_name="facts"):
    """Review and correct what the bot learnt (moderators)"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return await check_first(interaction, self._editor(interaction))

    async def _editor(self, interaction: discord.Interaction[Any]) -> Moderator:
        return await require_news_editor(
            interaction, self.bot.db, self.bot.settings.news_editor_guild_ids, SHARED_KNOWLEDGE
        )

    async def _may_edit(self, interaction: discord.Interaction[Any]) -> bool:
        """For autocomplete: whether to offer anything (facts held back are not for members)."""
        try:
            await self._editor(interaction)
        except ExpectedError:
            return False
        return True

    async def _answer(self, interaction: discord.Interaction[FanBot], answer: Answer) -> None:
        await self.bot.knowledge_changed()
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="review")
    async def review(self, interaction: discord.Interaction[FanBot]) -> None:
        """The facts held back as unsure, oldest first, to approve or reject."""
        await self._editor(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await corrections.review(self.bot.db)
        actions = [
            [
                Action("Approve", partial(self._decide, corrections.approve, fact), fact),
                Action("Reject", partial(self._decide, corrections.reject, fact), fact, True),
            ]
            for fact in (str(held.line.fact_id) for held in answer.facts)
        ]
        await self.bot.presenter.answer(interaction, answer, private=True, actions=actions)

    async def _decide(
        self, decision: Decision, fact: str, interaction: discord.Interaction[Any]
    ) -> Answer:
        """A button's decision on a held fact: the right to make it is checked again."""
        answer = await decision(self.bot.db, await self._editor(interaction), fact)
        await self.bot.knowledge_changed()
        return answer

    @app_commands.command(name="approve")
    @app_commands.describe(fact=FACT_HELP)
    async def approve(
        self, interaction: discord.Interaction[FanBot], fact: app_commands.Range[str, 1, 100]
    ) -> None:
        """Serve a fact the bot held back (news among it is alerted)."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        await self._answer(interaction, await corrections.approve(self.bot.db, moderator, fact))

    @app_commands.command(name="reject")
    @app_commands.describe(fact=FACT_HELP)
    async def reject(
        self, interaction: discord.Interaction[FanBot], fact: app_commands.Range[str, 1, 100]
    ) -> None:
        """Keep a fact the bot held back out of every answer, for good."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        await self._answer(interaction, await corrections.reject(self.bot.db, moderator, fact))

    @app_commands.command(name="hide")
    @app_commands.describe(fact=FACT_HELP, reason="Why it is wrong (shown in /facts log)")
    async def hide(
        self,
        interaction: discord.Interaction[FanBot],
        fact: app_commands.Range[str, 1, 100],
        reason: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        """Stop a wrong fact being used in any answer or alert."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        answer = await corrections.hide(self.bot.db, moderator, fact, reason or "")
        await self._answer(interaction, answer)

    @app_commands.command(name="unhide")
    @app_commands.describe(fact=FACT_HELP)
    async def unhide(
        self, interaction: discord.Interaction[FanBot], fact: app_commands.Range[str, 1, 100]
    ) -> None:
        """Bring back a fact hidden with /facts hide."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        await self._answer(interaction, await corrections.unhide(self.bot.db, moderator, fact))

    @app_commands.command(name="cast")
    @app_commands.describe(
        character="A character the bot knows", actor="Who plays them (anyone, even unknown)"
    )
    async def cast(
        self,
        interaction: discord.Interaction[FanBot],
        character: app_commands.Range[str, 1, 100],
        actor: app_commands.Range[str, 1, 100],
    ) -> None:
        """Who plays a character: a casting the news missed, or a recast."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        knowledge = self.bot.knowledge
        answer = await name_corrections.cast(self.bot.db, knowledge, moderator, character, actor)
        await self._answer(interaction, answer)

    @app_commands.command(name="speaker")
    @app_commands.describe(
        quote="The quote's number (as /quote shows it)",
        person=f"Who said it, or {UNKNOWN_SPEAKER} if nobody knows",
    )
    async def speaker(
        self,
        interaction: discord.Interaction[FanBot],
        quote: app_commands.Range[int, 1],
        person: app_commands.Range[str, 1, 100],
    ) -> None:
        """Set who said a quote, or make it unattributed."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        speaker = await name_corrections.speaker_named(self.bot.knowledge, person)
        answer = await corrections.set_speaker(self.bot.db, moderator, quote, speaker)
        await self._answer(interaction, answer)

    @app_commands.command(name="merge")
    @app_commands.describe(
        name="A name the bot shows as someone (or a character) of its own",
        into="The name it is really: the spelling shown from now on",
    )
    async def merge(
        self,
        interaction: discord.Interaction[FanBot],
        name: app_commands.Range[str, 1, 100],
        into: app_commands.Range[str, 1, 100],
    ) -> None:
        """Two names are one person (or one character)."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        knowledge = self.bot.knowledge
        answer = await name_corrections.merge(self.bot.db, knowledge, moderator, name, into)
        await self._answer(interaction, answer)

    @app_commands.command(name="log")
    async def log(self, interaction: discord.Interaction[FanBot]) -> None:
        """Every correction: what, by whom, in which server, when; with Undo buttons."""
        await self._editor(interaction)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await corrections.correction_log(self.bot.db, self._server_name)
        actions = [
            [
                Action(
                    f"Undo #{entry.number}",
                    partial(self._undo, entry.number),
                    str(entry.number),
                    True,
                )
                for entry in page
                if entry.undone_at is None
            ]
            for page in answer.pages()
        ]
        await self.bot.presenter.answer(interaction, answer, private=True, actions=actions)

    def _server_name(self, guild_id: int) -> str:
        guild = self.bot.get_guild(guild_id)
        return guild.name if guild is not None else ""

    async def _undo(self, number: int, interaction: discord.Interaction[Any]) -> Answer:
        answer = await corrections.undo(self.bot.db, await self._editor(interaction), number)
        await self.bot.knowledge_changed()
        return answer

    @app_commands.command(name="undo")
    @app_commands.describe(correction="The correction's number (as /facts log shows it)")
    async def undo(
        self, interaction: discord.Interaction[FanBot], correction: app_commands.Range[int, 1]
    ) -> None:
        """Take a correction back: the fact is as the article says again."""
        moderator = await self._editor(interaction)
        await think_first(interaction, private=True)
        await self._answer(interaction, await corrections.undo(self.bot.db, moderator, correction))

    # Autocomplete: for moderators who may correct, nothing for anyone else.

    async def _facts(
        self, interaction: discord.Interaction[Any], scope: "review_queries.Scope", typed: str
    ) -> Choices:
        if not await self._may_edit(interaction):
            return []
        found = await choices.facts(self.bot.db, scope, typed)
        return [app_commands.Choice(name=label, value=value) for label, value in found]

    @approve.autocomplete("fact")
    @reject.autocomplete("fact")
    async def held_choices(self, interaction: discord.Interaction[FanBot], current: str) -> Choices:
        return await self._facts(interaction, review_queries.Scope.HELD, current)

    @hide.autocomplete("fact")
    async def served_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        return await self._facts(interaction, review_queries.Scope.SERVED, current)

    @unhide.autocomplete("fact")
    async def hidden_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        return await self._facts(interaction, review_queries.Scope.HIDDEN, current)

    @speaker.autocomplete("quote")
    async def quote_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> NumberChoices:
        if not await self._may_edit(interaction):
            return []
        found = await choices.quotes(self.bot.db, current)
        return [app_commands.Choice(name=label, value=number) for label, number in found]

    @undo.autocomplete("correction")
    async def correction_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> NumberChoices:
        if not await self._may_edit(interaction):
            return []
        found = await choices.corrections(self.bot.db, current)
        return [app_commands.Choice(name=label, value=number) for label, number in found]

    @cast.autocomplete("character")
    async def character_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        return name_choices(await self.bot.knowledge.character_index(), current)

    @cast.autocomplete("actor")
    async def actor_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        return name_choices(await self.bot.knowledge.people_index(), current)

    @speaker.autocomplete("person")
    async def speaker_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        people = name_choices(await self.bot.knowledge.people_index(), current)
        if not UNKNOWN_SPEAKER.startswith(current.strip().casefold()):
            return people
        unknown = f"{UNKNOWN_SPEAKER} (nobody named)"
        return [app_commands.Choice(name=unknown, value=UNKNOWN_SPEAKER), *people][
            : matching.AUTOCOMPLETE_LIMIT
        ]

    @merge.autocomplete("name")
    @merge.autocomplete("into")
    async def any_name_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> Choices:
        people = name_choices(await self.bot.knowledge.people_index(), current)
        characters = name_choices(await self.bot.knowledge.character_index(), current)
        labelled = [
            app_commands.Choice(name=f"{choice.name} ({kind})"[:CHOICE_LIMIT], value=choice.value)
            for kind, found in (("person", people), ("character", characters))
            for choice in found
        ]
        return labelled[: matching.AUTOCOMPLETE_LIMIT]


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Facts(bot))
