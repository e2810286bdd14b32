"""A score credited through the film it was written for, for :mod:`bot.extract.crewforms`:
"X wrote most of the score for <our title>" (another title's score says nothing of ours), and
music told as coming from its composer ("with music once again from X")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.people import clean_name, is_full
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

CHANNELS = (
    rf"{NAME}(?:[ ]\d+)?[’']s[ ](?:[A-Z][a-z]+(?:sh|ch|an|ese|ic)[ ](?=[a-z]))?"
    r"(?:[a-z][\w-]*[ ]){0,3}"
)
"""A channel's or maker's possessive before a title, with up to three words ("ITV's new
drama ", "BBC 2's "), maybe after a people's or place's adjective ("Channel 4's Welsh
thriller ")."""
_SCORE_FOR = lazy_pattern(
    rf"(?:(?:[Tt]he[ ])?[Cc]omposer[ ])?(?P<name>(?!Composer\b){NAME})(?:,[ ]who)?[ ]"
    r"(?:wrote|composed|writes|"
    r"is[ ]writing|has[ ]written|built|made)[ ]"
    r"(?:(?:most|much|all|part|some)[ ]of[ ])?the[ ](?:(?:score|music|soundtrack)[ ]for[ ]"
    rf"(?:{CHANNELS})?[“\"‘']?(?P<title>{NAME})|(?P<owner>{NAME})[ ](?:score|soundtrack)\b)"
)
"""The score written for a title: "X wrote most of the score for T", "X composed the T score"
(the title as the score's modifier), "X, who has written the score for T," (the subject set off
by its relative clause)."""
_MUSIC_FROM = lazy_pattern(
    r"(?<![Tt]he[ ])(?<![\w-])[Mm]usic[ ](?:(?:once[ ]again|again)[ ](?:comes[ ])?"
    r"|(?:comes|will[ ]come)[ ](?:(?:once[ ]again|again)[ ])?)from[ ]"
    rf"(?:(?:the[ ])?composer[ ])?(?P<name>{NAME})(?=[,.;]|$|[ ](?:and|who)\b)"
)
"""Music told as coming from its composer, again or as a credit: "with music once again from X",
"Music comes from X" (a bare "music from X" may be songs, "the music from Y" another film's)."""

SCORED = (
    r"wrote[ ]the[ ](?:(?:film|show|series)[’']s?[ ])?score(?![ ](?:for|on|of|in|to)\b)|"
    r"scored(?![ ](?:by|a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|dozens|several|more|most|top|big|high|highly|well|best|record|(?:the|its|"
    r"their)[ ](?:biggest|highest|best|top|most|largest|strongest))\b)"
)
"""Scoring a film ("X wrote the score"; "wrote the score for T" is another work's), not scoring
nominations, nods, points or a hit ("X has scored seven nods"), nor the passive
"scored by Y" (Y's credit, not the subject's)."""


FILM_WORK = r"(?:film|movie)(?![’']s[ ](?:[a-z]+[ ])?(?:score|music|soundtrack|songs?|themes?)\b)"
"""The film written, not its music: "writing the film's score" or "wrote the movie's songs" is
composing, never a writer credit (a writer "wrote the film" or "the film's screenplay")."""


def score_for(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The composer of the score written for the article's own film, or music "from" them."""
    if " from " in chunk:
        for match in _MUSIC_FROM.finditer(chunk):
            name = match["name"]
            if clean_name(name) == name and is_full(name) and not context.is_known(name):
                yield name, CrewRole.COMPOSER
    if " for " not in chunk and " score" not in chunk and " soundtrack" not in chunk:
        return
    for match in _SCORE_FOR.finditer(chunk):
        if context.is_known(match["title"] or match["owner"]):
            yield match["name"], CrewRole.COMPOSER
