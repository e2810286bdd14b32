"""Figure 2: command handler latency, through the bot's real command tree.

Each call is dispatched by the bot's own ``CommandTree`` (checks, option transformers, the cog
callback) exactly as the offline console does, with a presenter that builds the embeds and
view as :class:`~bot.client.presenters.DiscordPresenter` does and stops where the reply would be
handed to discord.py. The time runs from the tree's dispatch to that hand-over: a little more
than "callback entry to reply", never less.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import discord

from bench.generate import World
from bench.stats import Latency, now
from bot.cli.console import ConsoleUser, OfflineInteraction, command_specs
from bot.cli.invocation import parse_invocation
from bot.client.fanbot import FanBot
from bot.client.presenters import DiscordPresenter
from bot.config import load_settings
from bot.db.connection import open_database
from bot.knowledge import Knowledge

CALLS = 1_000
_WARM_UP = 20
_SEARCH_WORDS = (
    "premiere", "filming", "cast", "screening", "trailer", "location", "composer", "release",
    "documentary", "festival", "score", "director", "animation", "fans", "story",
)  # fmt: skip


class RecordingPresenter(DiscordPresenter):
    """Builds exactly what the Discord presenter sends; notes when it would be sent."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at = 0.0
        self.embeds_sent: list[discord.Embed] = []

    async def _send(
        self,
        interaction: Any,
        embed: discord.Embed,
        *,
        ephemeral: bool,
        view: discord.ui.View | None = None,
    ) -> None:
        self.sent_at = now()
        self.embeds_sent = [embed]
        if view is not None:
            view.stop()


def _typo(name: str, rng: random.Random) -> str:
    letters = list(name)
    spots = [i for i in range(1, len(letters) - 1) if letters[i].isalpha()]
    if spots:
        i = rng.choice(spots)
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def _name_variant(name: str, rng: random.Random) -> str:
    """A full name, a first name or surname, or the name with a typo: as members type them."""
    roll = rng.random()
    if roll < 0.5:
        return name
    if roll < 0.7:
        return name.split(maxsplit=1)[0]
    if roll < 0.85:
        return name.rsplit(maxsplit=1)[-1]
    return _typo(name, rng)


def command_lines(world: World, rng: random.Random, calls: int = CALLS) -> dict[str, list[str]]:
    """``calls`` varied command lines for each command, as members would type them."""

    def lines(make: Callable[[], str]) -> list[str]:
        return [make() for _ in range(calls)]

    unknown = ["Nobody Atall", "Xqzv", "Mr Nonesuch", "Zz"]
    speakers = world.speakers + world.actors[:50]
    return {
        "who-plays": lines(
            lambda: (
                "/who-plays "
                + (
                    rng.choice(unknown)
                    if rng.random() < 0.05
                    else _name_variant(rng.choice(world.characters), rng)
                )
            )
        ),
        "who-is": lines(
            lambda: (
                "/who-is "
                + (
                    rng.choice(unknown)
                    if rng.random() < 0.05
                    else _name_variant(rng.choice(world.actors + world.crew), rng)
                )
            )
        ),
        "release-date": lines(lambda: "/release-date" + rng.choice(("", " private:true"))),
        "quote": lines(lambda: "/quote"),
        "quote person:": lines(
            lambda: (
                "/quote person:" + _name_variant(rng.choice(speakers), rng).split()[-1]
                if rng.random() < 0.3
                else "/quote person:" + rng.choice(speakers)
            )
        ),
        "news search": lines(
            lambda: (
                "/news search "
                + " ".join(
                    rng.sample(
                        [*_SEARCH_WORDS, *(n.split()[-1] for n in rng.sample(world.actors, 3))],
                        rng.randint(1, 3),
                    )
                )
            )
        ),
    }


def autocomplete_inputs(
    world: World, rng: random.Random, calls: int = CALLS
) -> list[tuple[str, str]]:
    """``calls`` (autocomplete, typed text) pairs: prefixes, whole names, typos, nothing."""
    pairs = []
    for _ in range(calls):
        kind = rng.choice(("character", "person", "speaker", "article"))
        name = rng.choice(world.characters if kind == "character" else world.actors)
        roll = rng.random()
        if kind == "article":
            typed = rng.choice(("", "cast", "release", "join", world.title.split()[-1][:4]))
        elif roll < 0.1:
            typed = ""
        elif roll < 0.8:
            typed = name[: rng.randint(1, 8)]
        else:
            typed = _typo(name, rng)
        pairs.append((kind, typed))
    return pairs


async def measure_handlers(
    db_path: Path, world: World, calls: int = CALLS, seed: int = 7
) -> dict[str, Any]:
    """p50/p99 per command over ``calls`` varied calls each, and for autocomplete."""
    rng = random.Random(seed)
    settings = replace(load_settings({}, env_file=None), database_path=db_path)
    results: dict[str, Any] = {}
    async with open_database(db_path) as db:
        presenter = RecordingPresenter()
        bot = FanBot(settings=settings, db=db, knowledge=Knowledge(db), presenter=presenter)
        async with bot:
            await bot.load_features()
            specs = command_specs(bot.tree)
            user_ids = iter(range(10_000, 10_000_000))

            async def run(line: str) -> float:
                data = parse_invocation(line, specs).interaction_data()
                interaction = OfflineInteraction(bot, data, user=ConsoleUser(id=next(user_ids)))
                presenter.sent_at = 0.0
                start = now()
                await bot.tree._call(interaction)  # type: ignore[arg-type]
                if not presenter.sent_at:
                    raise RuntimeError(f"{line!r} sent no reply")
                return presenter.sent_at - start

            start = now()
            await run("/who-plays a")  # the first lookup builds the name indexes
            results["first_lookup_ms"] = round((now() - start) * 1000, 3)
            for name, lines in command_lines(world, rng, calls).items():
                for line in lines[:_WARM_UP]:
                    await run(line)
                timings = [await run(line) for line in lines]
                results[name] = Latency.of(timings).as_dict()

            cogs = {
                "character": bot.get_cog("Cast").character_choices,  # type: ignore[union-attr]
                "person": bot.get_cog("Cast").person_choices,  # type: ignore[union-attr]
                "speaker": bot.get_cog("Quotes").person_choices,  # type: ignore[union-attr]
                "article": bot.get_cog("News").article_choices,  # type: ignore[union-attr]
            }
            interaction = OfflineInteraction(bot, {})
            pairs = autocomplete_inputs(world, rng, calls)
            for kind, typed in pairs[:_WARM_UP]:
                await cogs[kind](interaction, typed)
            timings = []
            for kind, typed in pairs:
                start = now()
                choices = await cogs[kind](interaction, typed)
                timings.append(now() - start)
                assert len(choices) <= 25
            results["autocomplete"] = Latency.of(timings).as_dict()
    return results
