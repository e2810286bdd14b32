"""Duties shared out, for :mod:`bot.extract.crew`: "Directing duties are split between X
(episodes 1-3) and Y (episodes 4-6)", "X and Y share writing duties", "X is back on music
duties", "Casting was led by X", "X directed two of the episodes, with the rest split between
A and B"; and the maker in apposition to the production's title
("Copper Mile, the first feature X has directed,")."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.extract.crewaswell import also_jobs
from bot.extract.crewroleof import role_of_title, titled_posts
from bot.extract.crewsharedbefore import earlier_share
from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import hint
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_NOTE = r"(?:[ ]\([^()]{1,40}\))?"
_ONE = rf"{NAME}{_NOTE}"
_LIST = rf"(?P<names>{_ONE}(?:,[ ]{_ONE}){{0,4}},?[ ](?:and|&)[ ]{_ONE})"
_DUTY = r"(?P<duty>(?i:directing|writing|scriptwriting|editing))"
_SPLIT_BETWEEN = lazy_pattern(
    rf"\b{_DUTY}[ ]duties[ ](?:are|were|will[ ]be|have[ ]been|is|was)[ ](?:being[ ])?"
    rf"(?:split|shared|divided)[ ](?:between|among)[ ]{_LIST}"
)
_SHARE = lazy_pattern(
    rf"{_LIST}[ ](?:will[ ])?(?:share|shared|split|splits|divide|divided)[ ](?:the[ ])?"
    rf"{_DUTY}(?:[ ]duties|[ ]credits?)?\b"
)
_REST_SPLIT = lazy_pattern(
    r"\b(?P<duty>directed|wrote)[ ](?:[\w-]+[ ]){1,5}?episodes\b(?![ ]of\b)[^.;,]{0,30},[ ]"
    r"(?:with|while)[ ]the[ ](?:rest|remainder|others|remaining[ ](?:episodes|[a-z]+))[ ]"
    r"(?:(?:are|were|being|will[ ]be)[ ])?(?:split|shared)[ ](?:between|among)[ ]"
    rf"{_LIST}(?=[,.;]|$)"
)
"""The episodes one person did not: "X directed four of the six episodes, with the rest split
between A and B" (A and B have the same credit)."""
_ON_DUTY = lazy_pattern(
    rf"(?P<name>{NAME})[ ](?:(?:is|was|will[ ]be|has[ ]been)[ ])?(?:(?:back|again|also|once"
    r"[ ]again)[ ])?(?:on|handling|handles|handled|(?:will[ ])?(?:take|takes|took|taking|taken)"
    r"[ ]on|(?:returns|returning|returned)[ ](?:to|on))[ ](?:the[ ])?"
    r"(?P<duty>(?i:directing|writing|scriptwriting|script|editing|music|scoring|casting))"
    r"[ ]dut(?:ies|y)\b(?![ ](?:on|for)[ ][“\"‘']?[A-Z])"
)
"""One person on a duty: "X is back on music duties", "Y takes on directing duties", "Z is on
music duty"."""
_LED_BY = lazy_pattern(
    r"(?<![\w-])(?P<duty>(?i:casting|directing|writing|music|scoring|editing))[ ](?:duties[ ])?"
    r"(?:is|was|were|are|will[ ]be|has[ ]been|had[ ]been)[ ](?:(?:again|once[ ]again|also)[ ])?"
    rf"(?:led|overseen|handled|supervised|run)[ ]by[ ](?P<name>{NAME})"
    r"(?![\w’'-]|[ ][A-Z]|[ ](?:on|for)[ ][“\"‘']?[A-Z])"
)
"""A duty and who led it: "Casting was again led by X", "Music duties are handled by Y" (a
title after it, "on Dry Creek", is another work's or unsure)."""
_LED_HINT = hint("led by ", "seen by ", "ised by ", "run by ")
_DUTY_HINT = hint("asting ", "usic ", "irecting ", "riting ", "diting ", "coring ")
_NAME_IN = lazy_pattern(rf"(?P<name>{NAME}){_NOTE}")


_CRAFT_OR_POST = (
    rf"(?P<name>{NAME})[ ](?:(?:back|again|once[ ]again|also)[ ])?(?:(?:on|handling)[ ]"
    r"(?:the[ ])?(?P<craft>cinematography|editing|edit|music|score|casting)"
    r"|as[ ](?:our|its)[ ](?P<post>cinematographer|director[ ]of[ ]photography|editor|composer|"
    r"casting[ ]director))(?=[,.;]|$|[ ]and[ ])"
)
_WITH_CRAFT = lazy_pattern(
    r"(?<!worked[ ])(?<!working[ ])(?<!collaborated[ ])(?<!teamed[ ]up[ ])(?<!worked[ ]again[ ])"
    rf"\bwith[ ]{_CRAFT_OR_POST}"
)
"""A credit added with "with": "directs, with X on cinematography and Y on music", "we shot
in March, with X as our cinematographer" (the makers' own post: "our", "its"); "she worked
with X on music" is a past collaboration, maybe on another work."""
_CRAFT_HINT = hint("cinematograph", " edit", "music", "score", "casting", "composer",
                   "photography")  # fmt: skip
_AND_CRAFT = lazy_pattern(rf"(?:,[ ](?:and[ ])?|[ ]and[ ]){_CRAFT_OR_POST}")
"""The next in the run: "with X on cinematography, Y on the edit and Z on music"."""


def shared_duties(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each person a sentence shares a crew duty between, or adds with "with" (or "as well as")."""
    yield from also_jobs(chunk)
    if "with " in chunk and _CRAFT_HINT.search(chunk) is not None:
        for match in _WITH_CRAFT.finditer(chunk):
            yield match["name"], CREW_WORDS[match["craft"] or match["post"]]
            more = _AND_CRAFT.match(chunk, match.end())
            while more is not None:
                yield more["name"], CREW_WORDS[more["craft"] or more["post"]]
                more = _AND_CRAFT.match(chunk, more.end())
    led = _LED_HINT.search(chunk) is not None and _DUTY_HINT.search(chunk) is not None
    if " dut" not in chunk and " share" not in chunk and " split" not in chunk and not led:
        return
    if led:
        for match in _LED_BY.finditer(chunk):
            yield match["name"], CREW_WORDS[match["duty"].lower()]
    if " dut" in chunk:
        for match in _ON_DUTY.finditer(chunk):
            yield match["name"], CREW_WORDS[match["duty"].lower()]
    for pattern in (_SPLIT_BETWEEN, _SHARE, _REST_SPLIT):
        for match in pattern.finditer(chunk):
            if pattern is _SHARE and earlier_share(chunk, match):
                continue  # "after X and Y shared directing duties": the run before ours
            role = CREW_WORDS[match["duty"].lower()]
            for name in _NAME_IN.finditer(match["names"]):
                yield name["name"], role


_TITLE_APPOSED = lazy_pattern(
    rf"^(?P<title>{NAME}),[ ](?:the|a|an|her|his|their)[ ](?:[\w’'-]+[ ]){{0,4}}?"
    r"(?:feature|film|movie|series|drama|show|documentary|project)[ ](?:that[ ])?"
    rf"(?P<name>{NAME})[ ](?:has[ ]|had[ ])?(?P<verb>directed|written|wrote|created|scored|shot),"
)
"""The title with its maker in apposition: "Copper Mile, the first feature X has directed,
follows ..."."""


def title_apposed(chunk: str, is_ours: Callable[[str], bool]) -> Iterator[tuple[str, CrewRole]]:
    """The maker named in apposition to the production's title, or the headline's (another
    work's is not)."""
    yield from role_of_title(chunk, is_ours)
    yield from titled_posts(chunk, is_ours)
    match = _TITLE_APPOSED.match(chunk) if ", " in chunk else None
    if match is not None and is_ours(match["title"]):
        yield match["name"], CREW_WORDS[match["verb"]]
