"""The lead vehicle a profile gives its own stretch, on a page whose production is another.

A career profile of an actor from the article's production brings in the new show they lead as
the frame of a sentence, "In Tin Yard, the Channel 4 drama that begins on Sunday, she plays
..." or "In Tin Yard, a six-part thriller arriving next spring, he is ..." (invented), and then
tells that show's makers, co-stars and dates in sentences that say only "the series" or "it".
Those sentences are the vehicle's, up to the one that names the page's own work again.

Read only where the page's own work is already known by name (a word of :attr:`Context.ours`
that is no channel's, or a title glossed as the film, :mod:`.apposed_own_works`) and the framed
title is not: a profile whose subject's show is the page's production names it in its headline or
as its own, and keeps its credits. Beside a film glossed as the page's, a headline naming the
framed title ("on leading Tin Yard") names the subject's vehicle, not the page's work.

A profile also tells the vehicle by title first and kind after, "he leads Tin Yard, a six-part
Channel 4 thriller, as ..." (:func:`glossed_lead_starts`): where the page names its own work by
kind ("the Orrin Vale film"), that new show is the subject's, and so are the sentences after it
("In it, she plays ...", "The series is written by ...") and any its title leads, each stretch up
to a sentence naming the page's work again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.extract.apposed_own_works import apposed_own_titles
from bot.extract.lexicon import (
    CHANNEL_MENTION,
    CHANNEL_NAME,
    GENRE_NOUNS,
    NATIONALITIES,
    STOP_TOKENS,
)
from bot.extract.names import TITLE_WORDS
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_FRAMED_TITLE = lazy_pattern(
    rf"^(?:In|(?:Now|Next),[ ]in)[ ](?:{CHANNEL_NAME}[’']s[ ])?"
    rf"(?P<name>(?:The[ ])?{TITLE_WORDS}),[ ]"
    rf"(?:(?:the|a|an)[ ](?:[\w’'+-]+[ ]){{1,4}}?{GENRE_NOUNS}\b"
    r"|(?:written|directed|created)[ ]by\b"
    r"|which[ ](?:begins|starts|arrives|airs|lands|opens|premieres)\b)"
)
"""A sentence framed by a title glossed as a show: "In Tin Yard, the BBC One drama that ...",
"In Tin Yard, written by X, ...", "Now, in Tin Yard, which begins on ...". A work named in
passing later in a sentence is the business of :func:`bot.extract.context.foreign_at`."""
_LEADS = (
    r"\b(?:(?:is|as)[ ](?:now[ ]|also[ ])?the[ ]lead[ ](?:of|in)|leads|(?<=\b[Tt]hey[ ])lead"
    r"|(?:is|are)[ ]leading|will[ ]lead|takes[ ]the[ ]lead[ ]in)[ ]"
)
"""The verb telling the subject leads a show: "she leads", "they lead" (a subject's own pronoun),
"is leading", "will lead", "is now the lead of", "takes the lead in"."""
_LEAD_OF = lazy_pattern(
    rf"{_LEADS}(?:[\w’'+-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ](?P<name>(?:The[ ])?{TITLE_WORDS})"
)
"""The show a sentence tells the subject leads, brought in by its kind: "she is the lead of
Vela’s four-part drama Tin Yard", "he leads the new thriller Tin Yard", "they lead ITV’s
drama Tin Yard"."""


def vehicle_starts(
    doc: Doc,
    ours: frozenset[str],
    told_ours: frozenset[str],
    is_known: Callable[[str], bool],
    taken: dict[int, int],
) -> Iterator[int]:
    """Starts of the sentences a framed vehicle holds: its framing sentence and those after it
    that name no word of the page's own work, and any later one led by its title (sentences already
    another's are passed over). ``told_ours`` is :func:`named_work` of the body and ``ours``."""
    if "In " not in doc.body and " in " not in doc.body:
        return
    frames = [_FRAMED_TITLE.match(view.chunk) for view in doc.views]
    apposed = [_words(t) for t in apposed_own_titles(doc)]
    framed_words = [_words(m["name"]) for m in frames if m is not None]
    apposed = [words for words in apposed if words not in framed_words]  # "In X, the film that"
    if not framed_words and not apposed:
        return  # no sentence framed by a title, and no film glossed to tell a lead apart
    named = told_ours | {w for words in apposed for w in words}
    if not named:
        return
    # "Ada Vell on leading Tin Yard", the body glossing another title as the film: the headline
    # names her lead vehicle, and only a word the body tells as ours keeps the title known
    known = named.__contains__ if apposed else is_known
    ours = ours | named
    views = sorted(zip(doc.views, frames, strict=True), key=lambda pair: pair[0].span.start)
    holding = False
    vehicles: list[str] = []
    for view, framed in views:
        led = _LEAD_OF.search(view.chunk) if apposed else None
        if led is not None and not _known_title(led["name"], known):
            vehicles.append(led["name"])  # "she leads Vela’s new drama Tin Yard": her vehicle
        if (
            framed is not None
            and not _known_title(framed["name"], known)
            and not _words(framed["name"]) & named
        ):
            holding = True
            vehicles.append(framed["name"])
            yield view.span.start
            continue
        if view.span.start in taken:
            continue
        if view.chunk.startswith(tuple(vehicles)):
            yield view.span.start  # "Tin Yard begins on Channel 4 on ...": the vehicle's again
            continue
        if not holding:
            continue
        if _names_ours(view, ours - STOP_TOKENS):
            holding = False
            continue
        yield view.span.start


_LEAD_GLOSSED = lazy_pattern(
    rf"{_LEADS}(?:{CHANNEL_NAME}[’']s[ ])?"
    rf"(?P<name>(?:The[ ])?{TITLE_WORDS}),[ ](?:a|an)[ ](?:[\w’'+-]+[ ]){{0,4}}?{GENRE_NOUNS}\b"
)
"""The show a sentence tells the subject leads, its title glossed after it as a new one of its
kind: "he leads Tin Yard, a six-part BBC One thriller", "as the lead in Tin Yard, an ITV drama"."""


def glossed_lead_starts(
    doc: Doc,
    ours: frozenset[str],
    told_ours: frozenset[str],
    is_known: Callable[[str], bool],
) -> Iterator[tuple[int, int]]:
    """Sentence starts, each with where the vehicle comes up in it, of a lead vehicle glossed
    after its title (:data:`_LEAD_GLOSSED`): its sentence from the lead on, the sentences after it
    and after any its title leads, up to one naming the page's own work. Read only where the body
    names its own work by kind (``told_ours``, :func:`named_work`): a page whose own work is the
    subject's show gives no other name for it, and keeps its credits."""
    if not told_ours or " lead" not in doc.body:
        return
    apposed = {w for title in apposed_own_titles(doc) for w in _words(title)}
    named = told_ours | apposed
    known = named.__contains__ if apposed else is_known  # as in :func:`vehicle_starts`
    words = (ours | named) - STOP_TOKENS
    holding = False
    vehicles: list[str] = []
    for view in sorted(doc.views, key=lambda v: v.span.start):
        led = _LEAD_GLOSSED.search(view.chunk)
        if (
            led is not None
            and not _known_title(led["name"], known)
            and not _words(led["name"]) & named
        ):
            holding = True
            vehicles.append(led["name"])
            yield view.span.start, led.start()  # dates before it: :func:`own_dated_leads`
            continue
        if vehicles and view.chunk.startswith(tuple(vehicles)):
            holding = True  # "Tin Yard, written by A, begins ...": the vehicle's stretch again
            yield view.span.start, 0
            continue
        if holding and _names_ours(view, words):
            holding = False
        elif holding:
            yield view.span.start, 0


def own_dated_leads(doc: Doc, foreign_from: dict[int, int], ours: frozenset[str]) -> frozenset[int]:
    """The lead sentences of :func:`glossed_lead_starts` that name the page's own work before the
    lead ("Three weeks after T arrived on 17 April, she is the lead in X, a new thriller"): a
    release reader reads them, the date before the lead being the page's; the cast and crew
    readers still leave what follows the lead (the show's part, co-stars and makers) to the show."""
    words = ours - STOP_TOKENS
    return frozenset(
        view.span.start
        for view in doc.views
        if (at := foreign_from.get(view.span.start))
        and _LEAD_GLOSSED.match(view.chunk, at) is not None
        and _names_ours(view, words, at)
    )


def named_work(body: str, ours: frozenset[str]) -> frozenset[str]:
    """The words of :attr:`Context.ours` the body tells as a work's name before its kind ("the
    Tin Yard film", "Tin Yard's finale") or after its seasons ("seasons of Tin Yard", "the first
    season of Tin Yard": one season names the work as well as several); never a channel's word
    ("the Prime Video film"), a nationality ("the Irish film") nor a small word ("The film")."""
    channels = {w for m in CHANNEL_MENTION.finditer(body) for w in m.group().split()}
    words = ours - channels - NATIONALITIES - STOP_TOKENS
    return frozenset(
        w
        for w in words
        if re.search(
            rf"\b{re.escape(w)}(?:[’']s)?[ ]{_WORK_NOUN}|\bseasons?[ ]of[ ]{re.escape(w)}\b", body
        )
    )


_WORK_NOUN = r"(?:film|movie|series|finale|seasons?|sequel|saga|franchise)\b"


def _words(name: str) -> set[str]:
    return set(name.split()) - STOP_TOKENS


def _known_title(name: str, is_known: Callable[[str], bool]) -> bool:
    tokens = [t for t in name.split() if t not in STOP_TOKENS]
    return not tokens or any(map(is_known, tokens))


def _names_ours(view: View, named: frozenset[str], until: int | None = None) -> bool:
    """A capitalised word of the page's own work's name in the sentence ("Tin Yard’s"), or in its
    words before ``until``."""
    starts = view.starts if until is None else [at for at in view.starts if at < until]
    words = (view.chunk[at:].split(" ", 1)[0].strip(",.;:!?") for at in starts)
    return any(word.split("’")[0].split("'")[0] in named for word in words)
