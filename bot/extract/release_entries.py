"""A guide's entry that opens with a work's title and its channel in brackets, and a chart's
line that opens with a lower place.

What-to-watch guides give each work an entry: "Pebble Street (Apple TV+) – the whole run is out
now, after its finale landed on 3 April", "Night Shift Blues (ITV1, Sunday 9pm): it begins on
12 April". When the title is neither ours nor in the headline, the entry's times are that
work's, not the production the guide leads with.

A chart report lists the works below its leader one a line, each headed by its place ("•
Third: Lumen’s Tin Lid season two (80m minutes), two weeks after its 3 June release"). The
headline names the work the report is about; a lower place's work it does not name is another's,
and so are the line's times (its name may still read as ours: "Tin Lid season" looks like the
article's own show to :mod:`.context`).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import BROADCASTER, MONTH_NAME, STOP_TOKENS, WEEKDAY_NAME
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_ENTRY = lazy_pattern(
    r"[ “\"]*(?P<title>[A-Z][\w’'&+-]*(?:[ ](?:[A-Z][\w’'&+-]*|of|and|the|in|on|a))*)"
    r"[ ]\([^()]{1,40}\)[ ]?(?:[–—:-]|[ ][–—-])[ ]"
)
"""A capitalised title, a bracket (its channel, perhaps its slot), then a dash or colon; never a
dateline or label in capitals ("LONDON (PA) –", "LATEST (4pm):")."""
_LISTED = lazy_pattern(
    r"[ •·*]*(?P<title>[A-Z][\w’'&+-]*(?:[ ](?:[A-Z0-9][\w’'&+-]*|of|and|the|in|on|a)){0,5})"
    rf"[ ][–—][ ](?!\d|{WEEKDAY_NAME}|{MONTH_NAME})"
)
"""A listing's item: a capitalised title, then a spaced dash ("Gull Rock – the new drama ..."),
never a fact sheet's line ("Release – Friday 8 May")."""
_OWN_ITEM = lazy_pattern(
    rf"[ •·*]*{BROADCASTER}[ ][–—][ ]|.*?[ ][–—][ ](?:(?P<named>[A-Z][\w’'-]*)|(?:it|the[ ]"
    r"(?:film|movie|series|show|sequel))[ ](?!(?:from|about|of|that|which|who|starring|with|by|"
    r"set|where)\b)[a-z])"
)
"""An item of a listing of our own dates, not another work's: one led by a platform ("Netflix –
from 12 June"), or one whose words go on about "it" or "the film" ("Release – the film arrives
in cinemas on 8 May", under "Key dates:") or names a work (ours if the article knows it:
"Cinemas – Lumen opens ..."); another work's item glosses it ("the new thriller starring ...")."""
_MAX_ITEMS = 8
_PLACED_LINE = lazy_pattern(
    r"[ ]*(?:[•·▪*–—-][ ]*)?(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|No\.?[ ]?(?:[2-9]|1\d|20))[ ]?:[ ]+(?:[A-Z][\w+&-]*(?:[ ][A-Z][\w+&-]*){0,2}[’']s[ ])?"
    r"(?P<work>[^(),.;:]{1,60})"
)
"""A chart's line for a lower place, its owner left out: "• Third: Lumen’s Tin Lid season two"
gives "Tin Lid season two"."""


def another_entry(chunk: str, context: Context) -> bool:
    """The sentence opens a guide's entry for a work that is not ours."""
    entry = _ENTRY.match(chunk)
    if entry is None or entry["title"].isupper():
        return False  # "LONDON (PA) –", "LATEST (4pm):": a dateline or a label, not a work
    return not context.is_known(entry["title"])


def another_listed(doc: Doc, view: View, context: Context) -> bool:
    """The sentence opens an item of a listing under a heading that ends on a colon ("Also new
    this month:" then "Gull Rock – the new drama ..., premieres Friday 24 April"), each item
    one paragraph opened by its title and a dash: a title not ours is another work's item."""
    para = view.span.para
    if doc.text[doc.paras[para].start : view.span.start].strip():
        return False  # not the paragraph's first sentence
    item = _LISTED.match(view.chunk)
    if item is None or item["title"].isupper() or context.is_known(item["title"]):
        return False
    own = _OWN_ITEM.match(view.chunk)
    if own is not None and (own["named"] is None or context.is_known(own["named"])):
        return False  # "Release – the film arrives ...", "Cinemas – Saltmarrow opens ..."
    for before in range(para - 1, max(para - _MAX_ITEMS, 0) - 1, -1):
        span = doc.paras[before]
        text = doc.text[span.start : span.end].strip()
        if text.endswith(":"):
            return before != doc.title_para
        if _LISTED.match(doc.masked, span.start) is None:
            return False  # neither the heading nor another item of the listing
    return False


def another_placed(chunk: str, context: Context) -> bool:
    """The sentence is a chart's line giving a lower place to a work the headline does not
    name, where the headline names ours (see above)."""
    line = _PLACED_LINE.match(chunk)
    if line is None or not (context.ours or context.headline) & context.headline:
        return False  # no "ours" read from the lede: the headline's words stand for it
    named = [w for w in line["work"].split() if w[:1].isupper() and w not in STOP_TOKENS]
    return not any(word in context.headline for word in named)  # not "The" of "The Marrow"
