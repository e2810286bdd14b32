"""Names of works set in apposition after a person's possessive: "Vey's debut, Dry Orchard, was
...", "her last film, The Kiln Year, ...", a year often bracketed after it ("Vey's debut, Dry
Orchard (2019), starred ..."). The name is the work's, never someone who speaks."""

from __future__ import annotations

from bot.extract.quote_checks import described_apposed
from bot.lazy_patterns import lazy_pattern

_WORK_NOUNS = (
    r"(?:(?:first|second|third|last|latest|previous|earlier|new|next|breakout|acclaimed|"
    r"feature|short|debut|old|former|long-running)[ ])*"
    r"(?:debut|film|feature|movie|short|novel|book|series|show|documentary|play|album|"
    r"follow-up|breakout|hit|soap|sitcom|drama|serial|miniseries|musical|programme)"
)
_APPOSED_WORK = lazy_pattern(
    r"(?:\b(?P<owner>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ ]"
    + rf"(?:{_WORK_NOUNS}|(?P<elided>first|second|third|last|latest|previous|earlier))"
    + r",[ ](?P<work>(?:The[ ]|A[ ])?[A-Z][\w’'-]*"
    r"(?:[ ](?:of[ ]|the[ ]|and[ ])*[A-Z][\w’'-]*){0,4})"
    r"(?(elided)[ ]\((?:19|20)\d\d\)|(?:[ ]\((?:19|20)\d\d\))?),"
)
"""A work's name after its owner and its kind, or an ordinal whose noun is left out when its
year follows in brackets ("her first, Dry Orchard (2019), won ..."): a bracketed year tells a
work, where "her first, Tom Reed, ..." could be anyone."""

_OWNER = lazy_pattern(r"[ “”\"‘’']*([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[’']s[ ]")


def apposed_works(text: str) -> set[str]:
    """The work names set off by commas after "X's debut," or "her last film," in ``text``."""
    if ", " not in text or ("’s " not in text and "'s " not in text and "r " not in text):
        return set()
    return {m["work"] for m in _APPOSED_WORK.finditer(text)}


def apposed_subjects(chunk: str, pronoun: str) -> list[tuple[int, str]]:
    """The subject a later pronoun stands for when a sentence names someone in apposition
    (``described_apposed``), except that a work's name is no one: after "Vey's debut, Low
    Tide, was a hit", "she" is Vey."""
    found = described_apposed(chunk, pronoun)
    if not found or pronoun not in ("he", "she") or found[0][1] not in apposed_works(chunk):
        return found
    work = next(m for m in _APPOSED_WORK.finditer(chunk) if m["work"] == found[0][1])
    if work["owner"] is not None:  # "a detour on Vey's debut, Dry Orchard,": Vey, not "There"
        return [(work.start("owner"), work["owner"])]
    owner = _OWNER.match(chunk)
    return [(owner.start(1), owner[1])] if owner is not None else []


def owner_for_work(chunk: str, at: int, raw: str) -> tuple[int, str] | None:
    """A clause subject that is an apposed work ("Vey's debut, Dry Orchard (2019), which starred
    ...") stands for its owner, Vey; a work owned by a pronoun ("her debut, ...") for no one."""
    for match in _APPOSED_WORK.finditer(chunk):
        if match.start("work") == at:
            owner = match["owner"]
            return (match.start("owner"), owner) if owner is not None else None
    return (at, raw)


def owners_for_works(chunk: str, subjects: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``subjects`` with each apposed work told as its owner, or dropped when a pronoun owns it
    (:func:`owner_for_work`), for every search of whom a later pronoun stands for."""
    return [owned for at, raw in subjects if (owned := owner_for_work(chunk, at, raw)) is not None]


_TOLD_AS_WORK = lazy_pattern(
    r",[ ](?:the|a|an|its|their)[ ](?:[a-z][\w’'-]*[ ]){0,2}?"
    + _WORK_NOUNS
    + r"[ ](?:that|which|who|in|about|from|of|where)\b"
)
"""A name's own apposition telling it as a work: ", the film that closes the story", ", a new
series about ..."."""


def told_as_work(chunk: str, at: int, raw: str) -> bool:
    """``raw`` at ``at`` is set beside a phrase that names it a work ("Low Tide, the film that
    ends the saga, opens ..."): a title, never the person a "she says" stands for."""
    return _TOLD_AS_WORK.match(chunk, at + len(raw)) is not None
