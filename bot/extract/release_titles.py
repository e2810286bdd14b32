"""Title reveals the shared cues do not read: the title set apart by commas or dashes before
its verb ("The title, Osier Kites, was confirmed as ...", "Its official title – Brass Ferry –
has been revealed")."""

from __future__ import annotations

import re

from bot.extract.castturns import names_known
from bot.extract.context import TITLE_RE, TITLE_WORDS, Context
from bot.extract.lexicon import CHANNEL_NAME, MONTH_NAME
from bot.extract.release_foreign_titles import for_other_cinemas
from bot.extract.release_named_beings import names_a_being
from bot.extract.release_set_names import names_a_set
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_TITLE_NOUN = (
    r"\b(?:[Tt]he|[Ii]ts)[ ](?:film[’']s[ ]|movie[’']s[ ]|official[ ]|new[ ]|final[ ])?title"
)
"""The title as a noun: "The title", "Its official title", "The film's title"."""
_SET_APART = lazy_pattern(
    _TITLE_NOUN + rf"(?:,[ ]|[ ][–—][ ])[“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?(?:,|[ ][–—])[ ]"
    r"(?:was|has[ ]been|had[ ]been|is[ ]now)[ ](?:officially[ ]|finally[ ])?"
    r"(?:confirmed|revealed|announced|unveiled)\b"
)
_STATED = lazy_pattern(
    _TITLE_NOUN
    + rf"[ ](?:is|will[ ]be)[ ](?:officially[ ])?[“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?"
    r"(?=[.!;]|,[ ]|$)"
)
"""A title stated plainly: "The title is Osier Kites.", "Its official title will be Brass Ferry"."""
_MADE_PUBLIC = "announced|revealed|confirmed|unveiled"
"""The verbs a maker makes a title public with."""
_ANNOUNCED = lazy_pattern(
    rf"\b(?:{_MADE_PUBLIC})[ ]"
    + _TITLE_NOUN.removeprefix(r"\b")
    + rf"(?:,[ ]|[ ][–—][ ])[“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?"
    r"(?=[.!;]|[ ][–—][ ]|,[ ](?:on|in|at|alongside|along|with|and|last|this|earlier|today|"
    r"yesterday)\b)"
)
"""A title set apart after the verb that reveals it: "Netflix announced the film's title,
Osier Kites, on 3 May"; not "revealed its title, Variety reported" (the next words a source)."""
_RELEASED_AS = lazy_pattern(
    r"\b(?:will[ ](?:now[ ])?be[ ]released|will[ ](?:now[ ])?go[ ]out)[ ](?:in|across|on|for)[ ]"
    rf"[^.;,:“”\"]{{1,40}}?[ ]as[ ][“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?(?=[.!;,]|[ ][–—]|$)"
)
"""The title a release goes out under where: "The film will be released in English-speaking
territories as Night Skiff." (the title ends the clause: not "as part of ...")."""

_REPORTED = lazy_pattern(
    r"\b(?:confirmed|announced|revealed)[ ](?:that[ ])?(?:the[ ](?:film|movie|series|show|sequel)"
    r"|it)[ ]would[ ](?:now[ ])?be[ ](?:called|titled|named)[ ]"
    rf"[“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?(?=[.!;,]|[ ][–—]|[ ][a-z]|$)"
)
"""A title reported as confirmed: "Netflix confirmed the film would be called Osier Kites"."""

_APPOSED_NAMING = lazy_pattern(
    rf"[ “\"]*(?:The|This|Our|{CHANNEL_NAME}[’']s)[ ](?!(?:[\w-]+[ ])?(?:previous|earlier|last|"
    r"first|other|next|debut|original)\b)(?:[\w-]+[ ]){0,2}?(?:film|movie|production|finale|"
    r"feature|sequel|special)(?:,[ ]|[ ][–—][ ])(?:now[ ])?(?:titled|called|entitled)[ ][“\"‘']?"
    rf"(?P<title>{TITLE_WORDS})[”\"’']?(?:,|[ ][–—])[ ]"
)
"""Our production, as the sentence's subject, named in an aside: "The Streamly production,
titled Osier Kites, is the finale ...", "Netflix's Osier film, now titled Osier Kites, adds
..." (not "The director's previous film, titled ...")."""
_WORKED_ON_NAMING = lazy_pattern(
    r"\b(?:rolling|[Ff]ilming|[Ss]hooting|[Pp]roduction|[Ww]ork|wrapped)[ ]"
    r"(?:[\w-]+[ ]){0,6}?on[ ]the[ ]"
    rf"(?:{CHANNEL_NAME}[ ])?(?:film|movie|feature|sequel)(?:,[ ]|[ ][–—][ ])(?:now[ ])?"
    rf"(?:titled|called|entitled)[ ][“\"‘']?(?P<title>{TITLE_WORDS})[”\"’']?(?:,|[ ][–—])[ ]"
)
"""Our production, as what the shoot is on, named in an aside: "Cameras have been rolling
since May on the Streamly film, titled Osier Kites, which ..."."""

_BOXED = lazy_pattern(
    rf"^[ ]*(?:[-•*][ ]*|\d+[.)][ ]*)?(?:\*\*)?Title:(?:\*\*)?[ ]+(?P<title>{TITLE_WORDS}"
    r"(?:[ ][–—][ ]The[ ](?:Film|Movie|Musical|Special)(?=[.!]?$|[.,;!][ ]))?)"
    r"(?=[ ]?\(|[.,;!][ ]|[.!]?$|[ ][–—][ ])"
)
"""A fact box's title field on a line of its own: "Title: Larkspur: Far Shores", "- Title:
Larkspur Evermore, confirmed today", "**Title:** Larkspur", "Title: Larkspur – The Film" (a
kind after a dash ends the name); the name ends the field or meets a note after a comma or
bracket ("Title: not announced" names nothing)."""

_NAMED_WHEN = lazy_pattern(rf"[ ](?:in|on)[ ]{MONTH_NAME}$")
"""The time of the naming after a title ("titled Lanterns: Last Light in March"), not part of it."""


def trimmed_title(title: str) -> str:
    """``title`` without the month of its naming the shared cue reads on into."""
    return _NAMED_WHEN.sub("", title) if ":" in title else title


def after_ours(doc: Doc, view: View, context: Context) -> bool:
    """The sentence before ``view`` in its paragraph is about the article's own work (names it,
    and no other): "The film, titled X, ..." then names ours too ("Lumen's last film began
    shooting on Monday. The feature, titled Lumen Forever, closes the story."). A headline's
    person names no work ("Vale is also in a new comedy. The movie, called X, ...")."""
    if "titled " not in view.chunk and "called " not in view.chunk:
        return False  # the cue first: the search for the sentence before costs a pass
    earlier = [other for other in doc.views if other.span.start < view.span.start]
    before = max(earlier, key=lambda other: other.span.start, default=None)
    return (
        before is not None
        and before.span.para == view.span.para
        and before.span.start not in context.foreign
        and names_known(before.chunk, context, work_only=True)
    )


def title_matches(text: str, opens_paragraph: bool) -> list[re.Match[str]]:
    """Every title cue in ``text``: the shared ones, then a title set apart before its verb;
    none for another language's cinemas. "The film, titled X, ..." names ours only where it opens
    its paragraph: after a sentence on another work ("Vale also stars in a new horror for Lumen.
    The film, titled Marrow Field, opens in June.") "the film" is that work."""
    found = list(TITLE_RE.finditer(text))
    if "Title:" in text:
        found.extend(_BOXED.finditer(text))
    if "title," in text or "title –" in text or "title —" in text:
        found.extend(_SET_APART.finditer(text))
        found.extend(_ANNOUNCED.finditer(text))
    if "title is " in text or "title will be " in text:
        found.extend(_STATED.finditer(text))
    if " as " in text and ("released " in text or "go out " in text):
        found.extend(_RELEASED_AS.finditer(text))
    if opens_paragraph and ("titled " in text or "called " in text):
        found.extend(m for m in [_APPOSED_NAMING.match(text)] if m is not None)
        found.extend(_WORKED_ON_NAMING.finditer(text))
    if " would " in text:
        found.extend(_REPORTED.finditer(text))
    return [
        match
        for match in found
        if not for_other_cinemas(text, match)
        and not _cut_in_marks(text, match)
        and not _cut_before_lowercase(text, match)
        and _POSSESSIVE_ON.match(text, match.end("title")) is None
        and _NUMBER_ON.match(text, match.end("title")) is None  # "Channel 4 orders a run"
        and not names_a_set(text, match)  # "a café renamed X for the occasion"
        and not names_a_being(text, match)  # "The dog is called Pipkin": not the work
        and _PERSON_AFTER.match(text, match.end("title")) is None  # "new name is X, 22, who"
        and not _next_items_subject(text, match)  # "gets a name, X returns": the next item's
        and _ANNOUNCES.match(text, match.end("title")) is None  # "a name: Lumen has revealed"
    ]


_POSSESSIVE_ON = lazy_pattern(r"[’'][s][ ][A-Z]")
"""A name cut at a possessive that goes on into more of it ("will be called The Plover's Acre"
read as "The Plover"): only part of the title was read, so none is served."""
_NUMBER_ON = lazy_pattern(r"[ ]\d+[ ][a-z]")
"""A name cut before the number that goes on with it ("gets its name, Channel 4 orders a second
run"): a channel's or a company's name, only part read, so no title."""
_PERSON_AFTER = lazy_pattern(r",[ ](?:\d{1,3},|aged[ ]\d|who\b)")
"""A name followed by an age or a "who" clause is a person's: "The one new name is Ada Rook, 22,
who joins as ...", where a cast list calls a newcomer a "new name" (invented)."""


_ANNOUNCES = lazy_pattern(
    r"[ ](?:has[ ]|have[ ]|had[ ])?(?:now[ ]|finally[ ]|officially[ ]|also[ ])?"
    rf"(?:{_MADE_PUBLIC}|said|says|told)\b"
)
"""The name after a cue goes straight on into a verb of telling ("The sequel's title has
been settled: Lumen confirmed it will be called ..."): the teller, a company or a person, not a
title; a title is told, it does not tell."""

_VERB_ON = lazy_pattern(
    r"[ ](?:(?!(?:this|thus|plus|his|its|as|yes|news|across|unless|less)\b)[a-z]+s|[a-z]+ed|"
    r"will|is|was|has|had|can|could|would|may|might|must)\b(?![’'-])"
)
"""A verb right after the name: the name is that verb's subject."""


def _next_items_subject(text: str, match: re.Match[str]) -> bool:
    """The name after a cue and a comma goes straight on into its own verb ("the film gets a
    name, Copper Bay returns for a third run, and ..."): a list of news items, where the name
    is the next item's subject, not the name the cue gave."""
    start = match.start("title")
    return text[start - 2 : start] == ", " and _VERB_ON.match(text, match.end("title")) is not None


def _cut_in_marks(text: str, match: re.Match[str]) -> bool:
    """The quoted title at ``match`` stops short of its closing mark ("“Copper Lantern: il
    ritorno”" read as "Copper Lantern"): only part of the title, so not served."""
    start, end = match.start("title"), match.end("title")
    opened = text[start - 1 : start]
    if not opened or opened not in "“\"‘'":
        return False
    closing = {"“": "”", "‘": "’"}.get(opened, opened)
    after = text[end : end + 60].lstrip(".,!?;")  # 'go out as "Neap Tide."': whole
    return not after.startswith(closing) and closing in after


_RUNS_ON = lazy_pattern(
    r"[ ](?!(?:and|or|but|in|on|at|by|for|from|to|with|as|is|was|will|which|who|that|has|had|"
    r"were|are|after|before|when|while|the|a|an)\b)"
    r"(?!(?:instead|too|also|now|again|overseas|abroad|internationally|worldwide|globally|there|"
    r"here)(?=[,.;!?]|$))[a-zà-ÿ][\w’'-]*(?:[ ][a-zà-ÿ][\w’'-]*)*(?=[,.;!?]|$)"
)
"""Lowercase words that go on to the end of the clause ("Para sempre", "casa del mar
perdida"): the subtitle read on (not an adverb alone after the whole title: "instead")."""


def _cut_before_lowercase(text: str, match: re.Match[str]) -> bool:
    """The subtitle at ``match`` stops before its lowercase words ("titled Copper Lantern:
    Para sempre, and it ..." read as "Copper Lantern: Para"), as in another language's
    sentence case: only part of the title, so not served."""
    title = match["title"]
    return ":" in title and _RUNS_ON.match(text, match.end("title")) is not None
