"""Fronted credits that point back at another film, for :mod:`bot.extract.crewelsewhere`.

A chart or box-office report brings in a rival with an apposition ("Ironclad Row, the new heist
comedy starring A, opened in third"), or by its kind inside a sentence ("was the Welsh thriller
Coal Vale", "cast in Lowfen Lamp, Channel 9's crime drama"), and credits it in the next sentence
with the credit put first and a pronoun for the film ("Directed by X, it cost £30m", "Written by
Y, the film premiered at Venice"). Where the lede never names that film, it is not the article's:
the credit is the rival's.

A profile fronts an actor's other work with "In" and its credits in one aside ("In Salt Year,
written by X and directed by Y, she plays Z"): on a page that knows its own production, a title
neither it nor the headline names is another's, and so are the credits the aside gives.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.page_entries import lede_text
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_FRONTED = lazy_pattern(
    r"[ “\"‘']*(?:(?:Co-)?(?:Directed|Written|Produced|Scored|Shot|Edited|Created)|Executive"
    r"[ ]produced)[ ]by[ ][^,.;]{2,80},[ ](?:it|the[ ](?:film|movie|picture|series|show))\b"
)
_INTRODUCED = lazy_pattern(
    r"[ “\"‘']*(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|of|the|and|a|in|on|to)){0,5}),"
    rf"[ ](?:the|a|an)[ ](?:[\w’'-]+[ ]){{0,3}}?{GENRE_NOUNS}\b"
)
"""A sentence that opens on a title and says what kind of work it is."""
_TITLE = r"(?:The[ ]|A[ ]|An[ ])?[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|of|the|and|in|on|to)){0,4}"
_NAMED = lazy_pattern(
    rf"\b{GENRE_NOUNS}[ ](?P<title>{_TITLE})(?=[,.;]|[ ][a-z])"
    rf"|\b(?:in|of|for|on|at)[ ](?P<work>{_TITLE}),[ ]"
    rf"(?:the|a|an|its|their|[A-Z][\w ]{{0,20}}?[’']s)[ ](?:[\w’'-]+[ ]){{0,3}}?{GENRE_NOUNS}\b"
)
"""A sentence that names a work inside it, by its kind ("the Welsh thriller Coal Vale") or with
an apposition after it ("cast in Lowfen Lamp, Channel 9's crime drama", "a first look at Lowfen
Lamp, its new crime drama": the channel's own)."""
_WORD = lazy_pattern(r"[A-Z][\w-]*")
_IN_CREDITED = lazy_pattern(
    rf"[ “\"‘']*In[ ][“\"‘']?(?P<title>{_TITLE})[”\"’']?,[ ](?:(?:co-)?(?:written|directed|"
    r"created|produced|adapted)|executive[ ]produced)[ ]by[ ][^,.;:]{2,120},[ ]"
)
"""A title fronted with "In" and credited in the aside after it: "In Salt Year, written by X and
directed by Y, she plays Z"."""


def fronted_elsewhere(doc: Doc) -> set[int]:
    """Start offsets of the fronted-credit sentences about a film the lede leaves out."""
    if not doc.title_para:
        return set()
    lede = lede_text(doc)
    told = set(_WORD.findall(lede))
    found: set[int] = set()
    for before, view in pairwise(doc.views):
        if before.span.para != view.span.para or not _FRONTED.match(view.chunk):
            continue
        titles = _introduced_titles(before.chunk)
        if any(_untold(title, told) for title in titles):
            found.add(view.span.start)
    return found


def _introduced_titles(chunk: str) -> list[str]:
    """The works a sentence brings in: opening on one, or naming one by its kind inside it."""
    introduced = _INTRODUCED.match(chunk)
    if introduced is not None:
        return [introduced["title"]]
    return [m["title"] or m["work"] for m in _NAMED.finditer(chunk)]


def _untold(title: str, told: set[str]) -> bool:
    """Whether the lede leaves out every word of ``title`` (so it is not the article's work)."""
    words = {w for w in _WORD.findall(title) if w not in STOP_TOKENS}
    return bool(words) and not words & told


def in_credited_elsewhere(doc: Doc, is_known: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences that front another work with "In" and credit it in an
    aside (see above): ``is_known`` tells the page's own words and the headline's."""
    return {
        view.span.start
        for view in doc.views
        if " by " in view.chunk
        and (match := _IN_CREDITED.match(view.chunk)) is not None
        and not is_known(match["title"])
    }
