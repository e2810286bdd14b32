"""Castings told of another work named by a quoted title, for :func:`.castchecks.checked_cast`.

Charts, newsletters, awards and box-office pieces name other productions by a quoted title,
then give their casts; those parts are not this article's:

* "In second place was Channel 5's ‘Marsh Hollow’, the coastal thriller starring Ada Vale as
  Nell Tarrow" (that show's part);
* "Runner-up with six nods is ‘Fallow Reach’, a road movie starring Ada Vale as Mira, while
  Tom Reed, who plays Sid, misses out";
* a newsletter item that opens on another show: "Sky has renewed its drama ‘Marsh Hollow’.
  Ada Vale returns as Nell Tarrow." (the sentences after it, in its paragraph, still tell it).

A casting is held when the nearest quoted title before the actor is another work's, the
sentence quotes no title of ours, and the actor is not named before that title ("Ada Vale, star
of ‘Fallow Reach’, plays Mira" stays ours).
"""

from __future__ import annotations

import re

from bot.extract.castlastworks import TITLE_ARTICLES
from bot.extract.context import Context
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.text import Doc
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_QUOTED = lazy_pattern(
    r"(?:(?<![\w’'])[‘'](?P<single>[A-Z][^‘’“”\"'.!?]{0,60}?)[’'](?![A-Za-z])"
    r"|“(?P<double>[A-Z][^‘’“”\".!?]{0,60}?)”)"
)
"""A title in quotation marks: "‘Marsh Hollow’", "“Fallow Reach”", "'Marsh Hollow'"."""
_NICKNAME = lazy_pattern(r"(?:[ ]as|[A-Z][\w’'-]+)(?<![’']s)[ ]$")
"""Before a quoted nickname or label, not a title: "Winifred “Win” Allard", "known as “Auntie
Em”"."""
_CREDIT_LEAD = lazy_pattern(
    r"[(]|,[ ]who[ ]|[ ](?:in(?![ ](?:the[ ])?(?:week|month|year|meantime|spring|summer|autumn|"
    rf"winter|morning|afternoon|evening|weekend)\b|[ ]{MONTH_PATTERN}[ ]|[ ]\d{{4}}\b)|as|of|"
    r"from|for[ ]playing|known[ ]for|starred|starring|boarded|joined|joins|join|joining|"
    r"replacing|replaces)[ ]"
)
"""Words before a title that make it someone's credit or a work ours is set against; "in"
before a time ("Earlier in the week the jury gave ...", "In March") is none."""
_STAR_AFTER = lazy_pattern(r",?[ ](?:star|actor|actress|alum|alumna|alumnus|veteran)\b")
"""A credit told after the title: "Ada Vale, the ‘Fallow Reach’ star, replaces ..."."""
_SEASON_OF = lazy_pattern(
    r"\b(?i:season|series|part|volume|chapter)[ ](?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)[ ]of[ ]$"
)
"""A season named before its work's title ("Season three of ‘Tin Lid’"): the work itself."""
_SMALL = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
_OPENS_WITHIN = 60
"""How far into a paragraph's first sentence the other work must come up to open on it."""
DOUBT = "told of another work whose quoted title comes before the actor"


def held_quoted_works(doc: Doc, context: Context, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each served casting held that is told of another quoted work."""
    own = _own_words(context)
    if not own:
        return cast
    continued = _continued(doc, own)
    return [
        held(fact, DOUBT)
        if fact.served and (fact.evidence in continued or _after_other(fact, own))
        else fact
        for fact in cast
    ]


def _own_words(context: Context) -> frozenset[str]:
    words = context.ours or context.headline
    return frozenset(w.strip(":,’'") for w in words if w not in TITLE_ARTICLES) - {""}


def _titles(text: str) -> list[re.Match[str]]:
    if "‘" not in text and "'" not in text and "“" not in text:
        return []  # every title :data:`_QUOTED` finds opens with one of its quotation marks
    return [
        m
        for m in _QUOTED.finditer(text)
        if _title_like(m["single"] or m["double"]) and not _nicknamed(text, m.start())
    ]


def _nicknamed(text: str, start: int) -> bool:
    """:data:`_NICKNAME` ends at ``start``; a match holds no space but its last (and the one
    before "as"), so the search starts at the space before the last word, not the text's start:
    searched from 0 for every quotation, a long article cost a scan of the text per title."""
    return _NICKNAME.search(text, max(text.rfind(" ", 0, max(start - 1, 0)), 0), start) is not None


def _heads(text: str, title: re.Match[str]) -> bool:
    """Whether the sentence is about the quoted work: nothing before it sets it as someone's
    credit ("Ada Vale (“Fallow Reach”)", "best known for ‘Fallow Reach’", "who starred in");
    only its own clause counts ("...; the closing film is ‘Fallow Reach’", ", while ...")."""
    clause = max(text.rfind("; ", 0, title.start()), text.rfind(", while ", 0, title.start()))
    lead = _CREDIT_LEAD.search(text, max(clause, 0), title.start())
    if lead is not None and lead[0] == " of " and _SEASON_OF.search(text, 0, title.start()):
        lead = None  # "Season three of ‘Tin Lid’ arrives ...": the work itself
    return lead is None and _STAR_AFTER.match(text, title.end()) is None


def _title_like(words: str) -> bool:
    tokens = words.split()
    return 0 < len(tokens) <= 8 and all(
        t[:1].isupper() or t[:1].isdigit() or t.lower() in _SMALL for t in tokens
    )


def _is_own(title: str, own: frozenset[str]) -> bool:
    return any(w.strip(":,’'") in own for w in title.split())


def _after_other(fact: CastFact, own: frozenset[str]) -> bool:
    text = fact.evidence
    at = text.find(fact.actor)
    if at < 0:
        at = text.find(fact.actor.rsplit(" ", 1)[-1])
    titles = _titles(text)
    if at < 0 or not titles or any(_is_own(m[0], own) for m in titles):
        return False
    before = [m for m in titles if m.end() <= at]
    return bool(before) and _heads(text, before[-1])


def _continued(doc: Doc, own: frozenset[str]) -> set[str]:
    """The sentences after a paragraph's first that opens on another quoted work, up to one
    that names ours or quotes a title."""
    told: set[str] = set()
    para, other = -1, False
    for view in doc.views:
        chunk = view.chunk
        titles = _titles(chunk)
        if view.span.para != para:
            para = view.span.para
            other = bool(titles) and titles[0].start() <= _OPENS_WITHIN and _heads(chunk, titles[0])
            other = other and not any(_is_own(m[0], own) for m in titles)
            other = other and not _names_own(chunk, own)
            continue
        if not other:
            continue
        if titles or _names_own(chunk, own):
            other = False
            continue
        told.add(doc.text[view.span.start : view.span.end].strip())
    return told


def _names_own(text: str, own: frozenset[str]) -> bool:
    return any(w.strip(":,.’'“”‘") in own for w in text.split())
