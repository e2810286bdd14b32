"""Castings a sentence tells of another work in passing, for :mod:`bot.extract.castelsewhere`.

A review or a fan round-up compares our work with another and names that work's cast on the way:

* the work pointed back to: "(For the uninitiated, that Swedish drama starred Ada Vale as Mira
  and Bea Lund as Pip.)" (every casting after "that drama starred" is that work's);
* the work named, then its cast in an aside: "Skins burned out; Lumen, with Ada Vale as Mira,
  simply stopped." (the aside casts Lumen, when Lumen is not the article's work);
* the work named, then whom it stars or starred on its airing or its return: "“The Tarn Year,”
  starring Ada Vale as ...", "Lumen, which aired in May with Ada Vale as ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

from bot.extract.castwithworks import joined_actors
from bot.extract.lexicon import BRACKETED_NOTE, GENRE_NOUNS, PART_LABELS
from bot.extract.names import NAME, WORK_TITLE
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_NOT_FILLER = (
    r"(?!(?:the|a|an|this|its|their|our|season|series|episode|first|second|third|earlier|"
    r"original|previous|last)\b)"
)
_THAT_WORK = lazy_pattern(
    rf"\b[Tt]hat[ ](?:{_NOT_FILLER}[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ](?:also[ ])?"
    r"(?:starred|co-starred|featured|cast)[ ]"
)
"""A work told by "that" and its kind, then whom it starred: "that Swedish drama starred" (its
words between are the kind's adjectives: "that season the drama starred" points to a season,
"that first drama" to our own earlier run)."""
_LABEL = lazy_pattern(rf"{PART_LABELS}[ ](?:\d+|[A-Z][a-z]+)$")
_WORK_WITH = lazy_pattern(
    rf"(?:^(?P<quote>[“\"‘'])?|;[ ][“\"‘']?|(?P<maker>{NAME}[’']s[ ](?:[a-z-]+[ ]){{0,2}}"
    rf"(?:{GENRE_NOUNS}|epic|feature|sequel|saga)[ ]))"
    rf"(?P<work>{NAME})[”\"’']?,[ ]with[ ](?P<actor>{NAME})"
    r"[ ]as[ ][^,;:()“”\"]{1,60},"
)
"""A work opening a clause, then its cast in an aside: "Lumen, with Ada Vale as Mira, ...";
at a sentence's start quoted or of two words or more, not a season's or an episode's label
("Series Two, with ..."): a single word there is as often an adverb, a gerund or a platform
("Here, with ...", "Filming, with ..."); or told as its maker's work by its kind: "Bea Lund's
coastal epic Lumen, with Ada Vale as Mira, ..."."""


def told_of_other_work(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence tells it of another work: one "that" points back to, or
    one it names before an aside with the actor (``ours`` tells the article's own titles)."""
    text = fact.evidence
    if " that " in text or text.startswith("That "):
        that = _THAT_WORK.search(text)
        at = text.find(fact.actor.rsplit(" ", 1)[-1])
        if that is not None and 0 <= that.start() < at:
            return True
    if ", with " not in text:
        return False
    return any(
        _same(match["actor"], fact) and _a_work(match) and not ours(match["work"])
        for match in _WORK_WITH.finditer(text)
    )


def _a_work(match: re.Match[str]) -> bool:
    """Whether the words before ", with" read as a work's name (see :data:`_WORK_WITH`)."""
    work = match["work"]
    if _LABEL.match(work):
        return False
    told = match["quote"] is not None or match["maker"] is not None
    return match.start() > 0 or told or " " in work


_WORK_STARRING = lazy_pattern(
    rf"(?:[“\"‘'](?P<quoted>[^“”\"‘’]{{1,60}}?),?[”\"’]|(?P<work>{NAME})"
    rf"(?:[ ]{BRACKETED_NOTE})?,)"
    rf"(?:[ ](?:a|an|the|{NAME}[’']s)[ ][^;:()“”\".]{{1,80}}?)?[ ](?:starring|co-starring|"
    rf"which[ ]stars|which[ ]starred)[ ](?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A work named, then the actor it stars: "“The Tarn Year,” starring Ada Vale as ...", "Lumen
(2009), a quiet drama starring Ada Vale as ...", "Lumen (Friday), a thriller starring ...",
"Lumen, Bea Lund's coastal drama starring ..."."""
_DATED_WORK_CREDITED = lazy_pattern(
    rf"(?P<work>(?:[A-Z][\w’'-]*,[ ]){{0,3}}{WORK_TITLE}(?:[ ](?:&|and)[ ]{WORK_TITLE})?)[ ]"
    r"\((?:[A-Z][\w’'+ -]{0,30},[ ])?(?:19|20)\d{2}\),[ ](?:co-)?(?:directed|written|created)[ ]"
    rf"by[ ]{NAME}(?:[ ]and[ ]{NAME})?,?[ ]and[ ](?:starring|co-starring)[ ]"
    rf"(?:{NAME}(?:,[ ]|[ ]and[ ])){{0,3}}(?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A work dated in brackets, its maker's credit, then whom it starred: "Brine Summer (2019),
directed by Tom Reed and starring Ada Vale as ...", "Brine Summer (BBC Two, 2019), directed by
...", "Salt, Brine & Tar (2019), ... starring Tom Reed and Ada Vale as ..." (an earlier film;
undated, "Brine Summer, directed by ... and starring", is as often the article's own film while
its title is unknown)."""
_WORK_HAD = lazy_pattern(
    rf"(?:^|(?<=[.;][ ]))(?P<work>{WORK_TITLE})(?:,[ ][a-z][^,;:()“”\"]{{0,40}},)?[ ]had[ ]"
    rf"(?P<actor>{NAME})[ ]as[ ]"
)
"""A work opening the clause, told in the past with whom it had in a part: "Brine Summer, lest we
forget, had Ada Vale as the duchess" (a column's comparison, unless the title is ours)."""
_WORK_AIRED = lazy_pattern(
    rf"(?P<work>{NAME})(?:[ ]\(\d{{4}}\))?(?:,[ ](?:which[ ])?(?:starred|featured)[ ]|"
    r"[ ]returns[ ]to[ ][A-Z][^.,;:()“”\"]{0,50}?[ ]with[ ]|(?:,[ ][^,.;:()“”\"]{1,50}?)?,?[ ]"
    r"(?:which[ ])?(?:aired|ran|premiered|filmed|debuted|opened|came[ ]out|"
    r"was[ ](?:filmed|shot|released|made|produced))\b"
    r"[^.;:()“”\"]{0,60}?[ ](?:with|and[ ](?:starred|featured))[ ])"
    rf"(?P<actor>{NAME})[ ](?:starring[ ]|back[ ])?(?:as|playing)[ ]"
)
"""A work named, then told with whom it starred or stars on its return: "Lumen, which aired in
May with Ada Vale as ...", "Lumen returns to ITV with Ada Vale back as ...", "Lumen (2019),
starred Ada Vale as ...", "Lumen, was released in 2022 and starred Ada Vale as ..."."""

_MAKERS_WORK_STARRED = lazy_pattern(
    rf"{NAME}[’']s[ ](?P<work>{NAME}(?:[ ](?:and|&)[ ]{NAME})?)(?:[ ]\(\d{{4}}\))?[ ]"
    r"(?:also[ ])?(?:starred|co-starred)[ ]"
    rf"(?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A film-maker's work, told in the past with whom it starred: "Bea Lund's Lumen starred Ada Vale
as ...", "Bea Lund's Salt and Tar starred Vale as ..." (her earlier film, unless it is the
article's)."""
_IN_DATED_WORK = lazy_pattern(
    rf"(?P<work>{WORK_TITLE})[ ]\((?:19|20)\d{{2}}\),?[ ](?:in[ ]which|where)[ ]"
    r"(?P<told>[^.;:()]{1,120})"
)
"""A work dated in brackets, then "in which": "Tom Reed's Salt Year (2019), in which Ada Vale's
Mira ..." tells that work's parts (another film a review compares, unless it is ours)."""
_DATED_CLAUSES = (") in which ", ") where ", "), in which ", "), where ")
"""The bracket and clause :data:`_IN_DATED_WORK` needs, tested as substrings first."""


def _same(written: str, fact: CastFact) -> bool:
    return written in (fact.actor, fact.actor.rsplit(" ", 1)[-1])


def starred_by_other(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence names another work, then the actor it stars or starred,
    or one joined to that actor ("starring X as Y and Z as W") (:data:`_WORK_STARRING`,
    :data:`_DATED_WORK_CREDITED`, :data:`_WORK_HAD`, :data:`_MAKERS_WORK_STARRED`)."""
    text = fact.evidence
    starring = chain(
        _WORK_STARRING.finditer(text),
        _DATED_WORK_CREDITED.finditer(text),
        _WORK_HAD.finditer(text) if " had " in text else (),
    )
    return any(
        any(_same(actor, fact) for actor in joined_actors(text, match, match["actor"]))
        and not ours(match.groupdict().get("quoted") or match["work"])
        for match in starring
    ) or any(
        _same(match["actor"], fact) and not ours(match["work"])
        for match in _MAKERS_WORK_STARRED.finditer(fact.evidence)
    )


def aired_with_other(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence names another work, then tells it aired or returns with
    the actor (:data:`_WORK_AIRED`)."""
    return any(
        _same(match["actor"], fact) and not ours(match["work"])
        for match in _WORK_AIRED.finditer(fact.evidence)
    )


def owned_in_dated_other(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's part is told by its actor's possessive inside an "in which" clause
    on another dated work (:data:`_IN_DATED_WORK`)."""
    if not any(clause in fact.evidence for clause in _DATED_CLAUSES):
        return False  # no bracket closing right before the clause: the pattern cannot match
    owners = (f"{fact.actor}’s {fact.character}", f"{fact.actor}'s {fact.character}")
    return any(
        any(owner in match["told"] for owner in owners) and not ours(match["work"])
        for match in _IN_DATED_WORK.finditer(fact.evidence)
    )


_WORKS_PLAYER = lazy_pattern(
    rf"(?P<work>{WORK_TITLE})[’'](?:s)?[ ](?P<actor>{NAME}),[ ]who[ ](?:plays|played|voices|"
    r"voiced|stars[ ]as|starred[ ]as)[ ]"
)
"""A work's possessive before its player: "The Ninth Ward's Ada Vale, who plays ..." (a rival
in an awards race, another show in a round-up): that work's cast, unless it is the article's."""


def owned_by_other(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence gives the actor as another work's, by its possessive
    (:data:`_WORKS_PLAYER`)."""
    if ", who " not in fact.evidence:
        return False  # what the pattern needs after the player: most sentences lack it
    return any(
        _same(match["actor"], fact) and not ours(match["work"])
        for match in _WORKS_PLAYER.finditer(fact.evidence)
    )
