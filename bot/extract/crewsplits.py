"""Credits a sentence splits between two people, for :mod:`bot.extract.crew`.

Two shapes read one list as one credit when the copy gives two (invented examples):

- a list after "by" that runs into the last name's own clause: "casting is by A and B, who
  scored the pilot, returns as composer" - the singular verb has B alone for its subject, so A
  is no composer and B no casting director;
- "the director and writer X" once the article named another director: two people, the
  director already named and X the writer, so X is no director;
- a list's last word that describes the next person: "the cinematographer is A and Danish
  composer B" (see :mod:`bot.extract.crewlistadjectives`).
"""

from __future__ import annotations

from bot.extract.crewlistadjectives import describes_the_next
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_RUN_ON = lazy_pattern(
    rf"\bby[ ](?P<first>{NAME})[ ](?:and|&)[ ](?P<last>{NAME}),[ ]who[ ][^,.;()]{{3,80}},[ ]"
    r"(?:returns|is[ ](?:back|on[ ]board)|comes[ ]back|serves|signs[ ]on|joins)[ ]as[ ]"
    r"(?:(?:the|its|our)[ ])?(?P<post>[a-z]+(?:[ ][a-z]+)?)\b"
)
"""A list after "by" whose last name's clause ends in its own singular verb and post."""
_POSTS = {role.value.replace("_", " "): role for role in CrewRole}
_THE_PAIR = lazy_pattern(r"\bthe[ ](?P<first>[a-z]+)[ ]and[ ](?P<second>[a-z]+)[ ](?P<name>[A-Z])")
"""A pair of posts before a name: "the director and writer X"."""


def split_credits(raw: list[tuple[str, CrewRole, str]]) -> list[tuple[str, CrewRole, str]]:
    """``raw`` without the credits a run-on list or a named post's pair gives the wrong person."""
    dropped: set[tuple[str, CrewRole, str]] = set()
    for evidence in {evidence for _, _, evidence in raw}:
        for match in _RUN_ON.finditer(evidence):
            post = _post(match["post"])
            if post is None:
                continue
            first, last = match["first"], match["last"]
            dropped.add((first, post, evidence))
            dropped.update(
                (name, role, evidence)
                for name, role, ev in raw
                if ev == evidence and name == last and role is not post
            )
        for match in _THE_PAIR.finditer(evidence):
            role = _POSTS.get(match["first"])
            if role is None or _POSTS.get(match["second"]) in {None, role}:
                continue
            at = match.start("name")
            holders = {name for name, held, _ in raw if held is role}
            for name in holders:
                if evidence.startswith(name, at) and holders - {name}:
                    dropped.add((name, role, evidence))
    return [c for c in raw if c not in dropped and not describes_the_next(c[0], c[2])]


def _post(words: str) -> CrewRole | None:
    """The role a post's words name ("composer", "casting director")."""
    return _POSTS.get(words) or _POSTS.get(words.split(" ", maxsplit=1)[0])
