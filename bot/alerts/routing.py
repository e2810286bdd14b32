"""Which routes want an article: the kinds of news in its "What's new", and its keywords.

Pure functions over plain data. An article's kinds come from its "What's new"
(:data:`KIND_OF_CHANGE`); every article is also ``articles``. A route takes an article when
they share a kind and, if the route has keywords, the article mentions one of them: a word or
a phrase, as whole words, whatever the case and accents ("zoe" finds "Zoë", "nick" finds
"Juniper's", "film" does not find "filming").

The options of ``/alerts set`` are read here too: ``only`` (:func:`parse_kinds`, and
:func:`kind_choices` for autocomplete) and ``keywords`` (:func:`parse_keywords`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from bot.answers.alerts import EVERY_ARTICLE, AlertKind, AlertRoute, ChangeKind, NewsItem
from bot.answers.errors import ECHO, InvalidInput
from bot.names import folded

KIND_OF_CHANGE: Mapping[ChangeKind, AlertKind] = {
    ChangeKind.PREMIERE_ANNOUNCED: AlertKind.DATES,
    ChangeKind.PREMIERE_MOVED: AlertKind.DATES,
    ChangeKind.PREMIERE_WITHDRAWN: AlertKind.DATES,
    ChangeKind.TITLE: AlertKind.DATES,
    ChangeKind.FILMING: AlertKind.DATES,
    ChangeKind.RELEASE_WINDOW: AlertKind.DATES,
    ChangeKind.NEW_CAST: AlertKind.CAST,
    ChangeKind.RECAST: AlertKind.CAST,
    ChangeKind.LEFT_CAST: AlertKind.CAST,
    ChangeKind.NEW_CREW: AlertKind.CREW,
    ChangeKind.NEW_QUOTES: AlertKind.QUOTES,
}
"""The kind of news each line of "What's new" is; every :class:`ChangeKind` has one."""
KINDS_IN_WORDS = ", ".join(kind.value for kind in AlertKind)
MAX_KEYWORDS = 20
MAX_KEYWORD_CHARS = 60
CLEAR = "off"
"""``keywords:off`` (unquoted) removes a route's keywords."""
_QUOTES = '"“”„«»'
_KEYWORD = rf"[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|([^\s,{_QUOTES}]+)"
"""A keyword as typed: quoted (a phrase) or a bare word. Compiled on first use (by ``re``'s
cache), by a moderator's ``/alerts set keywords:``: not on the way to READY, where it cost
half a millisecond."""


def kinds_of(item: NewsItem) -> frozenset[AlertKind]:
    """The kinds of news an article's alert carries: ``articles``, and one per "What's new"."""
    found = {KIND_OF_CHANGE.get(change.kind) for change in item.changes}
    return frozenset({AlertKind.ARTICLES, *(kind for kind in found if kind is not None)})


def routes_wanting(routes: Iterable[AlertRoute], item: NewsItem, text: str) -> list[AlertRoute]:
    """The routes that take the article ``item`` whose whole text is ``text``."""
    kinds = kinds_of(item)
    haystack = f" {folded(text)} "
    return [
        route
        for route in routes
        if route.kinds & kinds
        and (not route.keywords or _pattern(route.keywords).search(haystack) is not None)
    ]


@functools.lru_cache(maxsize=256)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``keywords``, folded, as whole words in folded text."""
    words = sorted({folded(keyword) for keyword in keywords} - {""}, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words) or r"(?!)"
    return re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w-])")


def parse_kinds(text: str) -> frozenset[AlertKind]:
    """``only:`` as typed: kinds separated by commas or spaces ("dates, cast"), singular or
    plural. ``articles`` with others is every article. Raises :class:`InvalidInput`."""
    kinds = set()
    for word in re.split(r"[\s,]+", text.strip()):
        if not word:
            continue
        kind = _kind(word)
        if kind is None:
            raise InvalidInput(
                f"“{ECHO}” is not a kind of news: choose from {KINDS_IN_WORDS}.", echo=word
            )
        kinds.add(kind)
    if not kinds:
        raise InvalidInput(f"Name at least one kind of news: {KINDS_IN_WORDS}.")
    return EVERY_ARTICLE if AlertKind.ARTICLES in kinds else frozenset(kinds)


def _kind(word: str) -> AlertKind | None:
    wanted = word.casefold()
    return next(
        (kind for kind in AlertKind if wanted in (kind.value, kind.value.removesuffix("s"))),
        None,
    )


def kind_choices(typed: str, limit: int = 25) -> list[str]:
    """Autocomplete for ``only``: what was typed so far, completed with each kind it lacks."""
    *done, current = typed.split(",")
    chosen = [kind.value for kind in map(_kind, (w.strip() for w in done)) if kind is not None]
    chosen = list(dict.fromkeys(chosen))
    current = current.strip().casefold()
    options = [
        ", ".join([*chosen, kind.value])
        for kind in AlertKind
        if kind.value not in chosen and kind.value.startswith(current)
    ]
    return options[:limit]


def parse_keywords(text: str) -> tuple[str, ...]:
    """``keywords:`` as typed: words or "quoted phrases" (straight or curly quotes), separated
    by spaces or commas; ``off`` alone (unquoted) means none. Each once, as typed. Raises
    :class:`InvalidInput` for too many, too long, or a keyword without a letter or digit."""
    if text.strip() == CLEAR:
        return ()
    keywords: dict[str, str] = {}
    for match in re.finditer(_KEYWORD, text):
        keyword = " ".join((match[1] if match[1] is not None else match[2]).split())
        if not keyword:
            continue
        if len(keyword) > MAX_KEYWORD_CHARS:
            raise InvalidInput(
                f"“{ECHO}” is too long for a keyword ({MAX_KEYWORD_CHARS} characters at most).",
                echo=keyword,
            )
        key = folded(keyword)
        if not key:
            raise InvalidInput(f"“{ECHO}” has no letter or digit to look for.", echo=keyword)
        keywords.setdefault(key, keyword)
    if not keywords:
        raise InvalidInput("Give at least one keyword, or `off` to remove them.")
    if len(keywords) > MAX_KEYWORDS:
        raise InvalidInput(f"A route can have {MAX_KEYWORDS} keywords at most.")
    return tuple(keywords.values())
