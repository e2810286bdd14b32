"""A credit told of a work by its kind alone, right after a sentence naming another work, for
:mod:`bot.extract.crewanaphors`: "Fans spotted a poster of Marl Deep (1971). The film, directed
by A, ..."; "The night shoot was for Dry Creek, the six-part thriller ... The series, created by
A, ..."; "She joined Tin Cove for its specials. The episodes, written by A, ...".

"The film" has no title of its own: it points back at the work last named, and a work the
article's lead does not name is another production's, so its credit is held.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.lazy_patterns import lazy_pattern

_KIND = rf"(?:{GENRE_NOUNS}|episodes?|play|production|feature|adaptation|sequel|special)"
_TOLD = lazy_pattern(
    rf"^(?:The|This|That)[ ](?:[\w’'-]+[ ]){{0,2}}?{_KIND},[ ]"
    r"(?:created|directed|written|scripted|penned|produced|scored|shot|edited)[ ]by[ ]"
)
"""A sentence opening on a work told by its kind, then credited: "The film, directed by A",
"The six-part series, created by A and directed by B", "The episodes, written by A"."""

WORK_GROUP = r"(?P<work>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9][\w’'-]*){0,5})"
"""A work's title as its ``work`` group: "Dry Creek", "The Salt of the Earth" (shared with
:mod:`.crewanaphors`; not :data:`.names.WORK_TITLE`, a credit line's)."""
_WORKS = (
    lazy_pattern(rf"{WORK_GROUP}[ ]\((?:19|20)\d\d\)"),
    lazy_pattern(rf"{WORK_GROUP},[ ](?:the|a|an)[ ](?:[\w’'+-]+[ ]){{0,4}}?{GENRE_NOUNS}\b"),
    lazy_pattern(rf"\b(?:of|for|joined|join|try|watch)[ ]{WORK_GROUP}[ ](?:for|on)[ ]"),
    lazy_pattern(rf"[’']s?[ ](?:[a-z-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ]{WORK_GROUP}"),
)
"""Another work's shapes in the sentence before: "Marl Deep (1971)", "Dry Creek, the six-part
BBC thriller", "joined Tin Cove for its specials", "try Tin Cove on Streamly", or its owner and
its genre before it: "the BBC's new coastal drama Dry Creek"."""


def told_by_kind(evidence: str) -> bool:
    """Whether the credit's sentence opens on its work told by its kind ("The film, directed
    by A")."""
    return " by " in evidence and _TOLD.search(evidence) is not None


def in_told_clause(evidence: str, name: str) -> bool:
    """Whether ``name`` (its surname) stands in the clause of the work told by its kind, before
    any semicolon: "The three series, directed by A; the film, adapted by B" tells B of the
    film, not of the series."""
    return name.rsplit(maxsplit=1)[-1] in evidence.split(";", 1)[0]


def names_other_work(chunk: str, context: Context, lead: str) -> bool:
    """Whether ``chunk`` names a work in one of another work's shapes, but the article's own (a
    word of it ours, or its first word in the ``lead``: "Tin Cove" for "Tin Cove Forever")."""
    found = (m["work"] for pattern in _WORKS for m in pattern.finditer(chunk))
    titles = (_OWNER.sub("", work) for work in found)  # "Streamly’s Tin Cove"
    lead_words = lead.split()
    return any(not _any_ours(work, context, lead_words) for work in titles)


_OWNER = lazy_pattern(r"^.*[’']s[ ]")


def _any_ours(work: str, context: Context, lead: list[str]) -> bool:
    tokens = [token for token in work.split() if token not in STOP_TOKENS]
    return not tokens or tokens[0] in lead or any(context.is_ours(token) for token in tokens)
