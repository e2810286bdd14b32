"""A release day told of a work the sentence names as its subject, when that work is not ours.

Round-ups and profiles date other works with the same verbs as ours: "Gullcroft began streaming
on Lumen last Friday", "Tin Yard opens in cinemas on 3 May" (invented). A name that opens the
sentence and comes out by itself (an intransitive release verb: "began streaming", "premiered",
"opens", "lands") is a work's; when the page knows its own work's title and this name is none
of it, nor a word of the headline, the day is another work's, so it is held, not served. A
plain word for ours ("The film opens", "It lands") or its pronoun is no name and passes; so does
a sentence that also names ours ("Tin Yard opens a week before Copper Bay"), and a page with no
title of its own to tell the name from. Nor is a name the article knows as a person's ("Ada Vale
returns as Mira when the film lands on 3 May"), nor one whose verb takes ours as its object
("Harbour Pictures premiered the film at Berlin"): a maker or an actor, not the thing coming out.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.context import Context
from bot.extract.lexicon import BROADCASTER, MONTH_PATTERN, PART_LABELS, WEEKDAY_PATTERN
from bot.extract.people import People
from bot.facts import HELD, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_NAMED_SUBJECT = lazy_pattern(
    r"[ “\"‘]*(?:(?:Meanwhile|Elsewhere|And|But|Also),?[ ])?"
    r"(?P<name>(?:The[ ])?[A-Z][\w’'&-]*(?:[ ](?:of[ ]|the[ ]|and[ ])*[A-Z][\w’'&-]*){0,4})"
    r"(?:,[^,.;:]{1,80},)?[ ](?:(?:also|finally|first|now|then|only|officially)[ ])?"
    r"(?:(?:began|begins|started|starts)[ ](?:streaming|airing)|premiered|premieres|opened|opens|"
    r"arrived|arrives|landed|lands|dropped|drops|debuted|debuts|begins|began|launched|launches|"
    r"streams|streamed|airs|aired|returns|returned|(?:is|was)[ ]released|will[ ](?:premiere|open|"
    r"arrive|land|drop|debut|begin|launch|stream|air|return))\b"
)
"""A name opening the sentence, perhaps past an aside, then a verb by which it comes out."""
_OURS_AS_OBJECT = lazy_pattern(
    r"[ ](?:it|its|the[ ](?:[\w’'-]+[ ])?(?:film|movie|series|show|feature|drama|documentary))\b"
)
"""Ours right after the verb, as its object: "premiered the film", "launches it": the name is
whoever brings it out."""
_NO_WORK = lazy_pattern(
    rf"(?:{BROADCASTER}|{PART_LABELS}|{WEEKDAY_PATTERN}|{MONTH_PATTERN}|Filming|Shooting|"
    r"Production|Release|Streaming|Fans|Viewers|Tickets|Cameras|Everything|Nothing|It|He|She|"
    r"They|We|I|You|This|That|These|Those|There|Here|Its|Our|Their|His|Her|Film|Movie|Feature|"
    r"Show|Drama|Sequel|Story)\b"
)
"""First words of a name that is no work: a channel, a season, a day, a step of the making, a
pronoun or a heading's plain word for ours ("It lands on Friday", "Film arrives on 3 May")."""
_SHORT = 3
"""A word of a title this short ("The", "Of") tells nothing of which work is meant."""


def others_named_held(
    release: list[ReleaseFact], context: Context, people: People
) -> list[ReleaseFact]:
    """``release`` with each premiere day held whose sentence opens on another work's name
    coming out (see above), when the page has titles of its own."""
    words = {
        word.lower()
        for fact in release
        if fact.kind is ReleaseKind.TITLE and fact.served and fact.title
        for word in fact.title.replace(":", " ").split()
        if len(word) > _SHORT
    }
    if not words:
        return release
    return [
        replace(fact, confidence=HELD, doubt="dated as another named work's release")
        if fact.kind is ReleaseKind.PREMIERE_DATE and fact.served
        and _others(fact.evidence, words, context, people)
        else fact
        for fact in release
    ]  # fmt: skip


def _others(evidence: str, words: set[str], context: Context, people: People) -> bool:
    """The sentence opens on a name coming out that is none of ours, and names none of ours."""
    match = _NAMED_SUBJECT.match(evidence)
    if match is None or _NO_WORK.match(match["name"]) or context.is_known(match["name"]):
        return False
    if people.knows(match["name"]) or _OURS_AS_OBJECT.match(evidence, match.end()):
        return False  # "Ada Vale returns as Mira when ...", "Lumen premiered the film on ..."
    said = {word.strip("’'\"“”‘.,;:!?()").lower() for word in evidence.split()}
    return not said & words
