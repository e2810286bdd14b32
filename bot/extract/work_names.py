"""Names an article sets before a production noun, in apposition: "The Brindlecombe Men, a four-part
BBC drama created by ..., follows ...", "Gull Point, the new ITV thriller, ...". The name is a
work's, so never a person who speaks: after "The Brindlecombe Men is her first British drama", a
"she says" is still the composer's, not the drama's. A subtitle after a franchise's name and a
colon is set the same way ("filming Harbour Days: Vessary Lanterns, the Netflix film that ..."),
and so is a guide's entry line ("Gull Point (ITV, Sunday)")."""

from __future__ import annotations

from functools import lru_cache

from bot.extract.lexicon import ROLE_NOUNS, honorific
from bot.extract.page_entries import bracketed_titles
from bot.extract.people import clean_name
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WORK = lazy_pattern(
    r"(?=[A-Z])(?:^|(?<=[.!?][ ])|(?<=\n)|(?<=[A-Za-z]:[ ])|(?<=[a-z]s[ ]))"
    r"((?:The[ ]|A[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ]|and[ ])*[A-Z][\w’'-]*){0,4}),[ ]"
    r"(?:a|an|the)[ ](?:(?!(?:of|in|for|from|on|at|with|who|whose)[ ])[\w’'-]+[ ]){0,4}?"
    r"(?:drama|series|thriller|comedy|sitcom|miniseries|documentary|film|adaptation)"
    r"(?=[,.]|[ ](?:created|written|directed|made|from|about|set|starring|that|which)\b)"
)
"""A name may also follow a verb ("she leads Gull Point, a six-part ITV drama created by ...").
(The lookahead of a capital first lets a search of the whole text pass over every other
character before trying the lookbehinds.)"""
_CAPITAL_THE = lazy_pattern(
    r"The[ ](?<=[a-z,][ ]The[ ])([A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ]|and[ ])*[A-Z][\w’'-]*){1,4})"
)
"""A name after a capital "The" in mid-sentence ("the composer behind The Copper Bells"): a
title's article; no one is called "The Ada Vale". Not a show named for its host ("The Mira
Tollan Show": cleaned as a speaker, it is the host), a styled person ("The Reverend Tom Reed")
or a stage name after a role ("rapper The Kid Marrow"). (The look back comes after "The ", so a
search of the whole text skips from one "The " to the next.)"""
_STAGE_ROLES = frozenset({*ROLE_NOUNS, "rapper", "band", "duo", "DJ"})


@lru_cache(maxsize=16)
def named_works(text: str) -> frozenset[str]:
    """The names ``text`` sets in apposition before "a ... drama" (cleaned as speakers are)."""
    if ", a " not in text and ", an " not in text and ", the " not in text:
        return frozenset()  # what :data:`_WORK` needs after the name: most pages lack it
    return frozenset(name for m in _WORK.finditer(text) if (name := clean_name(m[1])))


@lru_cache(maxsize=16)
def articled_works(body: str) -> frozenset[str]:
    """The names ``body`` (the headline blanked: its title case capitalises every "The") sets
    after a capital "The" in mid-sentence."""
    return frozenset(
        m[1]
        for m in _CAPITAL_THE.finditer(body)
        if clean_name(m[1]) == m[1]
        and not honorific(m[1].split()[0])
        and body[body.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1] not in _STAGE_ROLES
    )


def titles(doc: Doc) -> frozenset[str]:
    """The names ``doc`` sets as works: in apposition, after a capital "The", or heading a
    guide's entries."""
    return named_works(doc.text) | articled_works(doc.body) | bracketed_titles(doc)
