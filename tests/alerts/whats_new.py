"""What ``/cast``, ``/crew`` and ``/release-date`` show, and the "What's new" that follows.

For the tests that drop articles one by one and check each alert against the commands: the
alert must list exactly the difference between what the commands showed before the article
and what they show right after it, in the names they show. People and characters keep their
identity across spellings by the corpus's own alias table (``tests/corpus/expected.json``):
"Tori" that becomes "Tori Spring", or "Ian Canning" shown as "Iain Canning", is the same one.

Works on cards as the console renders them and on embeds as the fake Discord received them
(``**`` emphasis and ``\\`` escapes are dropped before comparing).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.render.common import Card
from tests.alerts.helpers import CORPUS

_ALIASES = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["aliases"]
_PEOPLE = {**_ALIASES["actors"], **_ALIASES["people"]}
_CHARACTERS = _ALIASES["characters"]
_ESCAPE = re.compile(r"\\(.)")
_AS_OF = re.compile(r"^No release date has been announced( as of .*)?\.$")
_PREMIERE = re.compile(r"^(Premieres|Premiered) on (?P<date>\d{1,2} \w+ \d{4})(?:, [^.]+)?\.$")
"""/release-date's premiere line; a countdown may follow the date ("…, in 6 weeks.")."""


def plain(text: str) -> str:
    """Text without Discord's emphasis and escapes."""
    return _ESCAPE.sub(r"\1", text.replace("**", ""))


def person(name: str) -> str:
    return _PEOPLE.get(name, name)


def character(name: str) -> str:
    return _CHARACTERS.get(name, name)


@dataclass
class Shown:
    """What the three commands show, as plain text."""

    cast: dict[str, str] = field(default_factory=dict)
    """Character -> actor, as ``/cast`` lists them."""
    crew: set[tuple[str, str]] = field(default_factory=set)
    """(role in words, person), as ``/crew`` lists them."""
    release: list[str] = field(default_factory=list)
    """``/release-date``'s sentences (not the "as of" one, which moves with every article)."""
    title: str | None = None


def pages(cards: Iterable[Card] | Iterable[Mapping[str, Any]]) -> list[tuple[str, list[str]]]:
    """(title, description lines) of each card or embed."""
    found = []
    for card in cards:
        if isinstance(card, Card):
            title, description = card.title, card.description
        else:
            title, description = card.get("title", ""), card.get("description") or ""
        found.append((plain(title), [plain(line) for line in description.splitlines() if line]))
    return found


def shown(
    cast: Sequence[tuple[str, list[str]]],
    crew: Sequence[tuple[str, list[str]]],
    release: tuple[str, list[str]],
) -> Shown:
    """Read the pages of ``/cast`` and ``/crew`` and the one of ``/release-date``."""
    result = Shown()
    for _, lines in cast:
        for line in lines:
            role, _, actor = line.partition(": ")
            if actor:
                result.cast[role] = actor
    for _, lines in crew:
        for line in lines:
            title, _, names = line.partition(": ")
            people = names.split(", ")
            job = title.lower()
            if len(people) > 1 and job.endswith("s"):
                job = job[:-1]
            result.crew |= {(job, name) for name in people if name}
    title, lines = release
    result.title = title.removesuffix(": release date") if title != "Release date" else None
    result.release = [line for line in lines if not _AS_OF.match(line)]
    return result


def expected_whats_new(before: Shown, after: Shown) -> list[str]:
    """The lines an alert should list, quotes aside, given what the commands showed."""
    lines = _release_lines(before, after)
    was = {character(role): (role, actor) for role, actor in before.cast.items()}
    for role, actor in after.cast.items():
        old = was.pop(character(role), None)
        if old is None:
            lines.append(f"New cast: {actor} as {role}")
        elif person(old[1]) != person(actor):
            lines.append(f"Recast: {role} is now played by {actor} (previously {old[1]})")
    lines += [f"Left the cast: {actor} no longer plays {role}" for role, actor in was.values()]
    known = {(job, person(name)) for job, name in before.crew}
    lines += [
        f"New crew: {name}, {job}"
        for job, name in sorted(after.crew)
        if (job, person(name)) not in known
    ]
    return sorted(lines)


def _release_lines(before: Shown, after: Shown) -> list[str]:
    lines = []
    if after.title and after.title != before.title:
        was = f" (was {before.title})" if before.title else ""
        lines.append(
            f"Title changed to {after.title}{was}" if was else f"Title announced: {after.title}"
        )
    premiere_before = _premiere(before.release)
    premiere_after = _premiere(after.release)
    if premiere_after and premiere_after != premiere_before:
        verb, date = premiere_after
        if verb == "Premiered":
            moved = f" (moved from {premiere_before[1]})" if premiere_before else ""
            lines.append(f"Premiered on {date}{moved}")
        elif premiere_before:
            lines.append(f"Premiere moved from {premiere_before[1]} to {date}")
        else:
            lines.append(f"Premiere date announced: {date}")
    elif premiere_before and not premiere_after:
        lines.append(f"Premiere date withdrawn: no longer {premiere_before[1]}")
    outlook = ("Filming", "The release is expected", "A release ")
    lines += [
        line.removesuffix(".")
        for line in after.release
        if line.startswith(outlook) and line not in before.release
    ]
    return lines


def _premiere(lines: Sequence[str]) -> tuple[str, str] | None:
    for line in lines:
        found = _PREMIERE.match(line)
        if found:
            return found[1], found["date"]
    return None


def alert_lines(whats_new: str | None) -> list[str]:
    """An alert's "What's new" lines, plain, without the quotes line."""
    if not whats_new:
        return []
    lines = [plain(line).removeprefix("• ") for line in whats_new.splitlines()]
    return sorted(line for line in lines if not re.match(r"^\d+ new quotes?, ", line))
