"""Castings in a sentence whose subject is another work told by its kind, for
:func:`bot.extract.extract_facts`.

A round-up turns to another production in passing and casts it on the way:

* the work as the sentence's subject, told by its channel and kind: "Just down the coast, Sky
  heist caper Lumen has closed the harbour, with Ada Vale playing Mira" (Lumen's part);
* the work a company made for a channel, then whom it starred: "Tarn Films previously produced
  Lumen for Sky, starring Ada Vale as Mira" (Lumen's part);
* the work returning with whom it brings back: "Lumen returns for a second series in May, with
  Ada Vale back as Mira";
* the work glossed by its maker and kind, then whom it stars: "the gala of Lumen, Oren Pask's
  harbour drama starring newcomer Ada Vale as Mira";
* the work named, then whom it stars: "Sky's Lumen, starring Ada Vale as Mira";
* the cast of the work the sentence before told by its kind: "Elsewhere, Sky thriller Lumen
  played to a quieter room. Its star Ada Vale, who plays Mira, ...";
* the work told by its kind, then a comma and whom it has: "the Channel 4 drama Lumen, with Ada
  Vale as Mira, is streaming too".

The work must be one the article is not about, where the article says what it is about.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.castforms import ORIGIN
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME, WORK_TITLE
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_KINDS = rf"(?:{GENRE_NOUNS}|caper|sequel|saga|mystery|whodunnit|chiller)"
"""A work's kind: the lexicon's genre nouns and a few more a round-up tells a film by."""


def _kind_subject(modifier: str) -> str:
    """A sentence's opening subject, a work told by its kind, each modifier word ``modifier``."""
    return (
        rf"^(?:[A-Z][^,.;:“”\"()]{{0,40}},[ ])?(?:(?:The|A|An)[ ](?:{ORIGIN}[ ])?|{NAME}(?:[’']s)?"
        rf"[ ])?(?:{modifier}[ ]){{0,3}}?{_KINDS}[ ][“\"‘']?(?P<work>{WORK_TITLE})[”\"’']?[ ]"
        r"(?:have|had|are|were|will|[a-z]+ed|[a-z]+s)\b"
    )


_KIND_SUBJECT = lazy_pattern(_kind_subject(r"[a-z][\w-]*"))
"""A sentence whose subject is a work told by its kind: "Sky heist caper Lumen has closed ...",
"The Welsh chiller Lumen opens on 9 May, with X as Y",
"Just down the coast, ITV drama Lumen filmed ..." (after a short opening phrase)."""
_MADE_FOR_STARRING = lazy_pattern(
    rf"(?P<work>{WORK_TITLE})[ ](?:for|on)[ ]{NAME},[ ](?:starring|co-starring)[ ]"
    rf"(?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A work made for a channel, then whom it starred: "produced Lumen for Sky, starring X as"."""
_RETURNS_WITH = lazy_pattern(
    rf"(?P<work>{WORK_TITLE})[ ]returns[ ](?:for|in|on|with)[ ][^.;:()“”\"]{{1,60}}?,[ ]with[ ]"
    rf"(?P<actor>{NAME})[ ](?:back[ ])?(?:as|playing)[ ]"
)
"""A work told returning, then whom it brings back: "The BBC's Lumen returns for a second series
in May, with Ada Vale back as Mira" (Lumen's part)."""

_GLOSSED_STARRING = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:{NAME}[’']s[ ])?(?:[a-z][\w-]*[ ]){{0,3}}?{_KINDS}[ ]"
    rf"(?:starring|co-starring|with)[ ](?:[a-z][\w-]*[ ]){{0,2}}?(?P<actor>{NAME})[ ]"
    r"(?:as|playing)[ ]"
)
"""A work glossed by its maker and kind, then whom it stars: "Lumen, Oren Pask's harbour drama
starring newcomer Ada Vale as Mira" (Lumen's part)."""

_WORK_THEN_STARRING = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:(?:directed|written|created|made)[ ]by[ ]{NAME},?[ ]"
    r"(?:and[ ])?)?(?:starring|co-starring|led[ ]by|fronted[ ]by)[ ]"
    rf"(?:[a-z][\w-]*[ ]){{0,2}}?(?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A named work, a comma, then whom it stars: "its ferry drama Lumen, starring Ada Vale as
Mira", "ITV's Lumen, led by Ada Vale as Mira", "Lumen, directed by Oren Pask and starring Ada
Vale as Mira" (Lumen's part, where Lumen is not the article's)."""

_KIND_THEN_WITH = lazy_pattern(
    rf"\b{_KINDS}[ ][“\"‘']?(?P<work>[A-Z][^,.;:“”\"()]{{0,40}}?)[”\"’']?,[ ]with[ ]"
    rf"(?:[a-z][\w-]*[ ]){{0,2}}?(?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A work told by its kind, a comma, then whom it has: "the Channel 4 drama Lumen, with Ada
Vale as Mira" (the title may have small words: "It's a Sin")."""


def kind_told_works_dropped(cast: list[CastFact], context: Context, text: str) -> list[CastFact]:
    """``cast`` without the castings of a sentence whose subject is another work told by its
    kind (or whose "Its" points back to such a sentence in ``text``), of a work told as made for
    a channel before whom it starred, or of another work told returning with whom it brings
    back."""
    if not context.ours and not context.headline:
        return cast
    return [
        fact
        for fact in cast
        if not _of_kind_told_work(fact, context) and not _its_kind_told_work(fact, context, text)
    ]


_PLACED_KIND_SUBJECT = lazy_pattern(_kind_subject(r"[A-Za-z][\w-]*"))
"""As the kind-told subject, its modifiers maybe a place's: "Ada Vale's Donegal thriller Lumen
played"."""
_POINTS_BACK = lazy_pattern(r"^(?:Its|Their)[ ](?:[a-z][\w-]*[ ]){0,2}?(?:star|stars|lead|leads)\b")
"""A sentence whose cast is the work of the sentence before: "Its star Ada Vale, who plays"."""


def _its_kind_told_work(fact: CastFact, context: Context, text: str) -> bool:
    """Whether the casting's sentence opens "Its star" after a sentence whose subject is another
    work told by its kind."""
    evidence = fact.evidence
    if _POINTS_BACK.match(evidence) is None or (at := text.find(evidence)) <= 0:
        return False
    before = text[:at].rstrip()
    start = max(before.rfind(mark, 0, len(before) - 1) for mark in (". ", "! ", "? ", "\n"))
    subject = _PLACED_KIND_SUBJECT.match(before[start + 1 :].lstrip())
    return subject is not None and not ours(subject["work"], context)


def _of_kind_told_work(fact: CastFact, context: Context) -> bool:
    text = fact.evidence
    surname = fact.actor.rsplit(" ", 1)[-1]
    subject = _KIND_SUBJECT.match(text)
    if subject is not None and not ours(subject["work"], context):
        return surname in text[subject.end() :]
    told = (
        *(_MADE_FOR_STARRING.finditer(text) if " starring " in text else ()),
        *(_RETURNS_WITH.finditer(text) if " returns " in text else ()),
        *(_GLOSSED_STARRING.finditer(text) if ", " in text else ()),
        *(_WORK_THEN_STARRING.finditer(text) if " by " in text or "starring " in text else ()),
        *(_KIND_THEN_WITH.finditer(text) if ", with " in text else ()),
    )
    return any(
        match["actor"] in (fact.actor, surname) and not ours(match["work"], context)
        for match in told
    )
