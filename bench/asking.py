"""What members ask, and asking it through the fake Discord, timed where Discord sees it.

:func:`asks` draws varied inputs for each timed figure from the invented world, as members
type them (whole names, first names, surnames, typos, prefixes, unknown names).
:func:`answer` sends one as INTERACTION_CREATE from a member and waits for the bot's answer;
the time is the fake's own: from the moment the interaction went out on the gateway to the
moment the answer reached the fake's REST API (the callback, or after a deferral the edit or
followup that carries the answer).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bench.minimal_bot import WORDS
from bench.world import World
from bot.answers.errors import Busy, NotAllowed
from tests.fakediscord import FakeDiscord, FakeInteraction, FakeUser
from tests.fakediscord.rest.interactions import DEFERRALS

WAIT = 60.0
"""Seconds after which an unanswered interaction fails the run."""
SLASH_FIGURES = ("who-plays", "who-is", "release-date", "quote", "quote person:", "news search")
AUTOCOMPLETE = "autocomplete"
FIGURES = (*SLASH_FIGURES, AUTOCOMPLETE)
"""Every figure timed end to end: the commands, then autocomplete (of every kind)."""
REFUSAL_TITLES = frozenset({Busy.title, NotAllowed.title})
"""Answers that refuse (a cooldown's "slow down", a permission): never what is measured."""
_UNKNOWN = ("Nobody Atall", "Xqzv", "Mr Nonesuch", "Zz")
_SEARCH_WORDS = (
    "premiere", "filming", "cast", "screening", "trailer", "location", "composer", "release",
    "documentary", "festival", "score", "director", "animation", "fans", "story",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Ask:
    """One interaction: a slash command with options, or autocomplete of ``focused``."""

    command: str
    options: dict[str, Any] = field(default_factory=dict)
    focused: str | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    seconds: float
    """From INTERACTION_CREATE going out to the answer arriving, as the fake saw them."""
    refused: bool
    answered_at: float
    """The benchmark's clock (:func:`bench.stats.now`) when the answer arrived."""


def _typo(name: str, rng: random.Random) -> str:
    letters = list(name)
    spots = [i for i in range(1, len(letters) - 1) if letters[i].isalpha()]
    if spots:
        i = rng.choice(spots)
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def _as_typed(name: str, rng: random.Random) -> str:
    """A full name, a first name or surname, or the name with a typo: as members type them."""
    roll = rng.random()
    if roll < 0.5:
        return name
    if roll < 0.7:
        return name.split(maxsplit=1)[0]
    if roll < 0.85:
        return name.rsplit(maxsplit=1)[-1]
    return _typo(name, rng)


def _or_unknown(name: str, rng: random.Random) -> str:
    return rng.choice(_UNKNOWN) if rng.random() < 0.05 else _as_typed(name, rng)


def _autocomplete(world: World, rng: random.Random) -> Ask:
    kind = rng.choice(("character", "person", "speaker", "article"))
    if kind == "article":
        typed = rng.choice(("", "cast", "release", "join", world.short_title.split()[-1][:4]))
        return Ask("news show", {"article": typed}, focused="article")
    pool = {"character": world.characters, "person": world.actors, "speaker": world.speakers}
    name = rng.choice(pool[kind])
    roll = rng.random()
    typed = "" if roll < 0.1 else name[: rng.randint(1, 8)] if roll < 0.8 else _typo(name, rng)
    command, option = {
        "character": ("who-plays", "character"),
        "person": ("who-is", "actor"),
        "speaker": ("quote", "person"),
    }[kind]
    return Ask(command, {option: typed}, focused=option)


def asks(world: World, rng: random.Random, figure: str) -> Iterator[Ask]:
    """Endless varied inputs for one figure (a name from :data:`FIGURES`)."""
    speakers = world.quotable()
    makers: dict[str, Callable[[], Ask]] = {
        "who-plays": lambda: Ask(
            "who-plays", {"character": _or_unknown(rng.choice(world.characters), rng)}
        ),
        "who-is": lambda: Ask(
            "who-is", {"actor": _or_unknown(rng.choice(world.actors + world.crew), rng)}
        ),
        "release-date": lambda: Ask("release-date", rng.choice(({}, {"private": True}))),
        "quote": lambda: Ask("quote"),
        "quote person:": lambda: Ask(
            "quote", {"person": _as_typed(rng.choice(speakers), rng).split()[-1]}
        ),
        "news search": lambda: Ask(
            "news search",
            {
                "query": " ".join(
                    rng.sample(
                        [*_SEARCH_WORDS, *(n.split()[-1] for n in rng.sample(world.actors, 3))],
                        rng.randint(1, 3),
                    )
                )
            },
        ),
        AUTOCOMPLETE: lambda: _autocomplete(world, rng),
    }
    make = makers[figure]
    while True:
        yield make()


def bare_asks(rng: random.Random, figure: str) -> Iterator[Ask]:
    """What the bare bot is asked beside ``figure``: ``/ping``, or autocomplete of ``/echo``."""
    while True:
        if figure == AUTOCOMPLETE:
            yield Ask("echo", {"text": rng.choice(WORDS)[: rng.randint(0, 3)]}, focused="text")
        else:
            yield Ask("ping")


class Members:
    """A new member for every interaction, so no per-member cooldown is ever what is measured."""

    def __init__(self) -> None:
        self.count = 0

    def next(self) -> FakeUser:
        self.count += 1
        return FakeUser(username=f"member{self.count}")


async def answer(fake: FakeDiscord, ask: Ask, *, guild_id: int, user: FakeUser) -> Answer:
    """Send ``ask`` from ``user`` in ``guild_id``; the time Discord sees, and if it refused."""
    if ask.focused is not None:
        callback = await fake.invoke_autocomplete(
            ask.command,
            ask.focused,
            ask.options[ask.focused],
            {k: v for k, v in ask.options.items() if k != ask.focused},
            guild_id=guild_id,
            user=user,
            timeout=WAIT,
        )
        interaction = callback.interaction
    else:
        interaction = await fake.slash(ask.command, ask.options, guild_id=guild_id, user=user)
        await fake.wait_until(lambda: interaction.answered_at is not None, WAIT)
    assert interaction.answered_at is not None
    answered_at = interaction.answered_at
    return Answer(answered_at - interaction.dispatched_at, _refused(interaction), answered_at)


def _refused(interaction: FakeInteraction) -> bool:
    """Whether the answer is a refusal: its embed is titled as a cooldown or permission error."""
    first = interaction.callbacks[0]
    if first.type in DEFERRALS:  # the answer is the edited original, or a followup
        if interaction.original_edits and interaction.original is not None:
            embeds = list(interaction.original.get("embeds") or [])
        else:
            embeds = list(interaction.followups[0].get("embeds") or [])
    else:  # a message (4), an update (7); autocomplete choices (8) refuse nothing
        embeds = first.embeds
    return any(embed.get("title") in REFUSAL_TITLES for embed in embeds)
