"""A book named by its owner, for :func:`bot.extract.crewasides.owned_credits`: "X’s graphic
novels", "Vale’s sixth Lanterns novel" (the author of the work's source), unless the book is
another project's source, a prop, or a heading's subject ("X’s book haul")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewallusions import alluded
from bot.extract.crewmodifiers import DERIVED
from bot.extract.crewnounruns import PROPER_ADJECTIVE as _ADJ
from bot.extract.cues import scan
from bot.extract.names import NAME, TOKEN
from bot.extract.organisations import looks_like_company
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

TITLE_BEFORE = lazy_pattern(rf"(?P<title>{NAME})[”’\"']?,[ ]$")  # "“Brackwater Rise”, "
_LATER = rf"(?:next|new|newest|latest|upcoming|forthcoming|standalone|other|{DERIVED})\b"
_BOOK_OF = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ](?:(?!{_LATER}[ ])(?:[a-z][\w-]*|\d{{4}}|[A-Z]{{2,}}|{_ADJ})[ ])"
    r"{0,3}(?:novel|book|graphic[ ]novel|webcomic|comic|memoir|bestseller)s?\b"
    r"(?![ ][a-z][\w-]*$)"
)
"""A book named by its author: "X’s graphic novels" (their "next book" is a later work, not the
one ours is made from; one of ours comes with our title, below). A heading's "X’s book haul",
a noun phrase with no verb, ends on what it is about: the haul, no credit."""
_BOOK_TITLE = lazy_pattern(rf"(?:,?[ ]|[ ]\()[“\"‘']?(?P<title>{NAME})")
"""A book's title after the book noun: "X's novel Orchard Days", "X's novels (Orchard Days,
Lamplit)"."""
_PROJECT_OF = lazy_pattern(
    r"(?:\b(?!(?:is|was|be|been|being|as)[ ])[a-z]+|\b(?:next|other|upcoming)[ ](?:[a-z]+[ ])?"
    r"(?:project|film|movie|feature|job|series|show)\b[^.:;]{0,30}:)"
    r"[ ]an?[ ](?:[\w-]+[ ]){0,2}?adaptation[ ]of[ ]$"
)
"""A verb's object, not our film's description: "is attached to direct an adaptation of" (not
"the film is an adaptation of", nor the apposition ", an adaptation of"), or a later project a
colon spells out: "has his next project lined up: an adaptation of"."""
_OTHER_MEDIUM = lazy_pattern(
    r"\b(?:stage|theatre|theater|radio|audio|musical|opera|podcast)[ ](?:[\w-]+[ ])?"
    r"(?:adaptation|version|production)[ ]of[ ]$"
)
"""An adaptation in another medium: "the touring stage adaptation of Y's novel T" (T unknown to
the article: a play made from another book, not our source)."""


def _other_book(chunk: str, match: re.Match[str], context: Context) -> bool:
    """A book under a title the article does not know, as another project's source: "Next, X is
    attached to direct an adaptation of Y’s novel Orchard Days" (the director's next film); or
    one a link noun points to ("a nod to Y’s early comics")."""
    if alluded(chunk, match.start()) or _apposed_to_other(chunk, match.start(), context):
        return True
    noun = _NOUN_AFTER.match(chunk, match.end())
    if " " not in match["name"] and (_heading_alone(chunk, match) or noun is not None):
        return True  # a heading "Tam's book", "Tam's book pile, which ...": a part's prop
    if noun is not None and _heading_alone(chunk, match, noun.end()):
        return True  # a heading "Tam Reyes's book pile.": what they own, by full name too
    if _titled_other(chunk, match, context):
        return True
    after = _BOOK_TITLE.match(chunk, match.end())
    if after is None or context.is_known(after["title"]):
        return False
    window = max(match.start() - 60, 0)
    return (
        _PROJECT_OF.search(chunk, window, match.start()) is not None
        or _OTHER_MEDIUM.search(chunk, window, match.start()) is not None
    )


_SOURCE_TOLD = lazy_pattern(
    r"\b(?:based|adapt\w*|inspired|source\w*|draw[ns]?|drew|taken|lifted|from|bring\w*|brought|"
    r"turn\w*|dramati[sz]\w*|follow\w*|retell\w*|combin\w*|weav\w*|version\w*)\b"
)
"""A word telling a book as what a work is made from ("based on", "adapted from", "brings X's
novels to the screen", "dramatises", "turns them into")."""
_COPY_OF = lazy_pattern(r"\bcop(?:y|ies)[ ]of[ ]$")


def _titled_other(chunk: str, match: re.Match[str], context: Context) -> bool:
    """Books by titles the article knows neither as ours nor from its headline, in a sentence
        that tells nothing made from them: "not the thread for X's novels Y or Z" (a run of titles,
    or in brackets: "X's novels (Y, Z)"),
        "a copy of Y, X's 2016 novel" (a prop): the author's other books, no source of ours."""
    if _SOURCE_TOLD.search(chunk.lower()) is not None:
        return False
    before = TITLE_BEFORE.search(chunk, max(match.start() - 60, 0), match.start())
    if before is not None and _COPY_OF.search(chunk, 0, before.start()) is not None:
        return not context.is_known(before["title"])
    after = _BOOK_TITLE.match(chunk, match.end())
    plural = match.group().endswith("s")
    return plural and after is not None and not context.is_known(after["title"])


_NOUN_AFTER = lazy_pattern(
    r"[ ](?!(?:\w*self|\w*ly|too|again|alone|series|trilogy|saga)\b)[a-z]+"
    r"(?=[ ](?:which|that|who)\b|[,;:.!?])"
)
"""The book word as a noun's modifier, the noun ending its phrase: "Tam's book pile, which",
"Tam's comic collection." (what the one name owns, not what they wrote)."""


def _heading_alone(chunk: str, match: re.Match[str], end: int = -1) -> bool:
    """Whether the book, up to ``end`` if given, is all its line holds ("4. Tam's book" read as
    "Tam's book")."""
    end = match.end() if end < 0 else end
    return not (chunk[: match.start()] + chunk[end:]).strip(" .:")


_ENTRY_TIME = lazy_pattern(r"\d{1,2}[.:]\d{2}[ ]")
"""A live blog's timestamped entry: "10.58 First up, ..." (in a slate's blog, one show each)."""
_ADAPTATION_APPOSED = lazy_pattern(
    r",[ ](?:(?:an?|the)[ ]|[^,;]{1,40}?[’']s[ ])(?:[\w-]+[ ]){0,2}?adaptation[ ]of[ ]$"
)
_PERSONS_ADAPTATION = lazy_pattern(
    r",[ ](?P<maker>[A-Z][\w-]+(?:[ ][A-Z][\w-]+)+)[’']s[ ](?:[\w-]+[ ]){0,2}?adaptation[ ]of[ ]$"
)
"""A title's apposed maker, a person by full name: ", Chloé Zhao’s adaptation of " (a studio's
or streamer's adaptation, ", Netflix’s adaptation of ", is how a profile names its own show)."""


def _apposed_to_other(chunk: str, start: int, context: Context) -> bool:
    """The book is the source of a title set before it in apposition, another work's: "10.58 A
    teaser for T, Y's adaptation of X's novel" in a live blog's entry about one show of a
    streamer's slate (T not ours). Elsewhere, where what counts as ours is too loose to tell, T
    must be named neither as ours nor in the headline: "tipped for T, Y's adaptation of X's
    novel" in an awards piece's list of rivals."""
    entry = _ENTRY_TIME.match(chunk) is not None and bool(context.ours)
    if not entry and not context.headline:
        return False
    apposed = _ADAPTATION_APPOSED if entry else _PERSONS_ADAPTATION
    adaptation = apposed.search(chunk, max(start - 60, 0), start)
    if adaptation is None or looks_like_company(adaptation.groupdict().get("maker") or ""):
        return False  # ", Apple TV’s adaptation of": a streamer's, like a profile's own show
    title = TITLE_BEFORE.search(chunk, max(adaptation.start() - 60, 0), adaptation.start() + 2)
    known = context.is_ours if entry else context.is_known
    return title is not None and not known(title["title"])


_BOOK_OF_OURS = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ](?P<count>(?:[a-z][\w-]*[ ]){{0,2}})"
    rf"(?P<work>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ](?!{DERIVED}[ ])(?:[a-z][\w-]*[ ])?"
    r"(?:novel|book|graphic[ ]novel|webcomic|comic)(?P<plural>s)?\b"
)
"""The book named with our work's title: "Vale’s sixth Lanterns graphic novel" (not "Vale’s
Lanterns tie-in novel", a book made from the show). One book, uncounted ("Vale’s Lanterns
novel"), is that book by its own title, which may be what alone made the title seem ours: held
to the run ("Vale’s Lanterns novels") or a counted one."""


def owned_books(chunk: str, starts: list[int], context: Context) -> Iterator[tuple[str, CrewRole]]:
    """(name, author) for a book named by its owner, ours or of no other project."""
    for match in scan(_BOOK_OF, chunk, starts):
        if not _other_book(chunk, match, context):
            yield match["name"], CrewRole.AUTHOR
    for match in scan(_BOOK_OF_OURS, chunk, starts):
        if (match["plural"] or match["count"]) and context.is_known(match["work"]):
            yield match["name"], CrewRole.AUTHOR
