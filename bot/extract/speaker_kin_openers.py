"""A sentence that opens on someone's kin or partner ("Ada Vale's partner, the actor Bo Reyes,
came along." or "Spotted: Vale's brother Tom Reed.") is about that partner, not about the
owner of the possessive. A later "he says" stands for the partner when the sentence names him
(Bo Reyes, Tom Reed), and for no one we can name when it does not ("Vale's brother came too.");
never for Ada Vale, nor for anyone named further back. A columnist's own circle told through a
kin of a kin ("My neighbour's eldest son put it best.") is no one we can name either; the
writer's own kin alone ("My uncle was an extra. He says ...") is left to the usual reading, as
a later label may name him."""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import RELATION
from bot.lazy_patterns import lazy_pattern

_KIN_OPENS = lazy_pattern(
    r"(?:[A-Z][a-z]+:[ ])?(?P<owner>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[’']s[ ]"
    rf"(?:[a-z-]+[ ]){{0,2}}?{RELATION}s?\b"
    r"(?:,?[ ](?:the[ ](?:[a-z-]+[ ]){0,2})?(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,2})\b)?"
)
"""An opening possessive and a word for kin or a partner, then perhaps the one it names: "Ada
Vale's partner, the actor Bo Reyes", "Spotted: Vale's older brother Tom Reed"."""
_WRITERS_KIN_OF_KIN = lazy_pattern(
    rf"(?:My|Our)[ ]{RELATION}[’']s[ ](?:[a-z-]+[ ]){{0,2}}?{RELATION}s?[ ][a-z]"
)
"""The writer's kin's kin opening a sentence on its verb: "My neighbour's eldest son put"."""


def kin_opener(chunk: str, pronoun: str, person: Callable[[str], bool]) -> str | None:
    """The name of the kin ``chunk`` opens on ("" when unnamed), or None when it opens
    otherwise, ``pronoun`` is not "he" or "she", or the owner is no ``person`` we know (a
    part's kin, "Ines's mum Rosa Vantor herself", is the actor who plays her)."""
    if pronoun not in ("he", "she"):
        return None
    if writers_kin_of_kin(chunk):
        return ""
    kin = _KIN_OPENS.match(chunk)
    return None if kin is None or not person(kin["owner"]) else kin["name"] or ""


def writers_kin_of_kin(chunk: str) -> bool:
    """Whether ``chunk`` opens on the writer's kin's kin: "My neighbour's eldest son put"."""
    return _WRITERS_KIN_OF_KIN.match(chunk) is not None
