"""A second casting with its verb left out, for :mod:`bot.extract.cast`: "Mira is played by
Ada Vale, ...; Tom by Kai Lund" (the "is played" of the first clause carries over).

Only after a "played by" in the same sentence, and only where the second clause opens with
the part (after a semicolon, or "and"; "and the priest, Tom, by ..." too), then "by" and a
full name: "..., and later by Kai Lund" or "; directed by Kai Lund" name no part. A bracket
after it naming who left ("(not Ada Vale, who left ...)") gives the part's earlier actor.

Likewise a list that opens "Ada Vale plays Mira" may give a later casting with "is" alone:
"..., and Kai Lund is Tom Reed, who ..." (the "plays" carries over; a part followed by more,
"is Tom Reed’s father", is no casting), or a who's-who run of "is" items before a closing
"and Jo Penn plays Sam".
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import FULL_NAME, NAME
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

_GAPPED = lazy_pattern(
    r"(?:;[ ](?:and[ ])?|,?[ ]and[ ])(?:the[ ](?:[a-z][\w’'-]*[ ]){0,2}?[a-z][\w’'-]*,[ ])?"
    rf"(?P<char>{CHAR}),?[ ]by[ ](?P<actor>{FULL_NAME})"
    r"(?=[,.;]|$|[ ](?:and|who)\b|[ ]\()"
)
_NOT_LEAVER = lazy_pattern(
    rf"[ ]\((?:but[ ])?not[ ](?P<old>{FULL_NAME}),[ ]who[ ](?:has[ ]|had[ ])?(?:since[ ])?"
    rf"{LEFT_VERBS}\b"
)
"""The earlier actor in a bracket after the part: "Tom by Kai Lund (not Ada Vale, who left)"."""
_PLAYS = lazy_pattern(rf"(?:^|[ ]){FULL_NAME}[ ]plays[ ]")
_IS_PART = lazy_pattern(
    rf"(?:,[ ]|,?[ ]and[ ])(?P<actor>{FULL_NAME})[ ]is[ ](?P<char>{CHAR})"
    r"(?=[,.;]|$|[ ]and\b)"
)
"""A later item of a "plays" list: ", and Kai Lund is Tom Reed", ", Kai Lund is Tom Reed."."""
_NOT_ACTOR = r"(?!(?:It|This|That|There|He|She|They|Who)\b)"
_RUN_ITEM_RE = lazy_pattern(
    rf"(?:^|,[ ]){_NOT_ACTOR}(?P<actor>{NAME})[ ]is[ ](?P<char>{CHAR})(?=,|$)"
)
_IS_RUN = lazy_pattern(
    rf"^(?P<run>{_NOT_ACTOR}{NAME}[ ]is[ ]{CHAR}(?:,[ ]{_NOT_ACTOR}{NAME}[ ]is[ ]{CHAR}){{1,8}})"
    rf",?[ ]and[ ]{FULL_NAME}[ ]plays[ ]"
)
"""A who's-who run of "is" items closed by a "plays" one: "Kai Lund is Tom, Reed is Mira, Ada
Vale is Nell and Jo Penn plays Sam Orr" (the closing verb tells the run's "is" casts)."""


def gapped_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "; Tom by Kai Lund" after "Mira is played by Ada Vale" in one sentence."""
    found = _is_after_plays(chunk, evidence, offset)
    first = chunk.find(" played by ")
    if first < 0 or " by " not in chunk[first + 11 :]:
        return found
    for match in _GAPPED.finditer(chunk, first + 11):
        start, end = offset + match.start("char"), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, end=end))
        left = _NOT_LEAVER.match(chunk, match.end())
        if left is not None:
            at = offset + left.start("old")
            found.append(Casting(left["old"], match["char"], evidence, at, CastStatus.FORMER,
                                 end=offset + left.end()))  # fmt: skip
    return found


def _is_after_plays(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each ", and Kai Lund is Tom Reed" after "Ada Vale plays Mira" in one sentence."""
    if " plays " not in chunk or " is " not in chunk:
        return []
    first = _PLAYS.search(chunk)
    if first is None:
        return []
    run = _IS_RUN.match(chunk)
    items = _RUN_ITEM_RE.finditer(run["run"]) if run is not None else iter(())
    return [
        Casting(m["actor"], m["char"], evidence, offset + m.start("actor"), end=offset + m.end())
        for m in (*items, *_IS_PART.finditer(chunk, first.end()))
    ]
