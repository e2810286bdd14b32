"""Castings of a named work's version in another medium, for :mod:`bot.extract.castnotparts`.

A news item on a screen production may set apart a version of the same work on stage, on radio
or in audio, told as the subject of the casting verb: "the Quillhaven stage adaptation touring
this spring casts Ada Vale as Mira and Tom Reese as Kit", "the Tinder Moth musical stars Ada
Vale as Nell" (invented). Those parts are that version's, not the article's production's; "the
Quillhaven film casts Ada Vale as Mira" names no other medium and stays.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

MEDIUM_VERSION = (
    r"(?:stage|radio|audio|theatre|theater)[ ](?:adaptation|version|show|play|production|"
    r"musical|drama|series)"
)
"""A version told by its medium: "stage adaptation", "radio drama" (never a screen work)."""
_VERSION = rf"(?:{MEDIUM_VERSION}|musical|audiobook|audio[ ]drama|radio[ ]play)"
"""A version in a medium other than the screen: "stage adaptation", "musical", "audiobook"."""
_CLAUSE_OPEN = r"(?:^|(?<=[.!?:;][ ])|(?<=\bthat[ ])|(?<=\bbut[ ])|(?<=\bwhile[ ]))"
"""Where a clause's subject starts: "The radio play ..., with", "Note that the stage version
..., with", "Heads-up: the stage version ..., with"; not an object ("Saltglass adapts the stage
musical, with X as Y": our cast)."""
_OTHER_MEDIUM_SUBJECT = lazy_pattern(
    rf"(?<![\w’'-])(?:[Tt]he|[Aa]n?)[ ](?:[A-Z][\w’'-]*[ ]){{1,4}}{_VERSION}\b"
    r"[^.;:?!]{0,70}?[ ](?:casts|stars|starred|features|featured|starring)[ ][^.;:?!]{0,80}$"
    rf"|(?:(?<![\w’'-])[Aa]n?|{_CLAUSE_OPEN}[Tt]he)[ ](?:(?!of[ ])[\w’'-]+[ ]){{0,3}}?{_VERSION}\b"
    r"[^.;:?!]{0,70}?,[ ]with[ ]$"
)
"""Before the actor, a named work's other-medium version as the subject of a casting verb,
with the castings it lists after that verb; or a version glossed after its title, then its cast
("Tinder Moth: Live – a fan-made stage version that toured last year, with X as Y"), the article
capitalised at a sentence's start too ("A Welsh stage adaptation of it, with X as Y, ..."), or
the version set apart by "the" as its clause's subject ("the stage adaptation at the Lyric,
with X as Y, is separate")."""
_REACH = 170
"""Enough characters back for the version, its modifiers and the list before the actor."""


def other_medium_subject(chunk: str, start: int) -> bool:
    """Whether the actor at ``start`` is cast by a named work's other-medium version."""
    return (
        start > 0 and _OTHER_MEDIUM_SUBJECT.search(chunk, max(0, start - _REACH), start) is not None
    )
