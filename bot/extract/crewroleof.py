"""A profile's subject named as the maker of the production, for :mod:`bot.extract.crewduties`:
"Ida Varn, 39, who grew up in Hull, is the composer of “Low Orchard”", "Tom Reyes is the
cinematographer behind Low Orchard" (or its director of photography "on" it), or in
apposition with the title before the post ("Of Ida Varn, the Low Orchard composer, she says
..."). The title must be ours or the headline's: "the
editor of Another Show" says nothing of this one, and a channel's name before the post ("X, the
Netflix director,") is the channel's staff, no credit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_ROLE_OF = lazy_pattern(
    rf"^(?P<name>{NAME})(?:,[ ][^,.;:“”\"()]{{1,80}}){{0,2}},?[ ](?:is|was|has[ ]been)[ ]"
    r"(?:the|its)[ ](?:(?:lead|main|sole)[ ])?"
    r"(?P<role>composer|cinematographer|editor|director[ ]of[ ]photography|director|writer|"
    r"creator)"
    rf"[ ](?:of|behind|on)[ ][“\"‘']?(?P<title>{NAME})(?!(?:[ ][A-Z][\w-]*)*[’']s\b)"
)
"""The subject, with at most two asides, as the maker "of" or "behind" a title, or holding the
post "on" it ("Ida Varn, 39, is the director of photography on Low Orchard"). A title that
owns what follows ("the editor on Low Orchard's first series", "... of Low Orchard's sister
show") names a part of the work or another one: no credit."""


def role_of_title(chunk: str, is_ours: Callable[[str], bool]) -> Iterator[tuple[str, CrewRole]]:
    """The sentence's subject credited as the maker of our (or the headline's) production."""
    if " of " not in chunk and " behind " not in chunk and " on " not in chunk:
        return
    match = _ROLE_OF.match(chunk)
    if match is not None and is_ours(match["title"]):
        yield match["name"], CREW_WORDS[match["role"]]


_TITLED_POST = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]the[ ](?!{CHANNEL_NAME}\b)"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})"
    r"[ ](?P<role>creator|author|director|writer|screenwriter|composer|cinematographer|editor)"
    r"(?=,|[.;]|[ ](?:and|who)\b)"
)
"""A name, then "the <title> <post>" set off: "X, the Low Orchard creator, says"."""


def titled_posts(chunk: str, is_ours: Callable[[str], bool]) -> Iterator[tuple[str, CrewRole]]:
    """The post the apposition gives, when every word of its title is ours (or the headline's)."""
    if ", the " not in chunk:
        return
    for match in _TITLED_POST.finditer(chunk):
        if all(is_ours(word) for word in match["title"].split()):
            yield match["name"], CREW_WORDS[match["role"]]
