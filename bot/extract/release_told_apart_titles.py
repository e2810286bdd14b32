"""A title reveal told apart from the title. Press releases and reaction pieces say that the
title was revealed ("Netflix today revealed the title and release date of the X film", "has
finally revealed the name of the X movie") without the title in that clause, and name the
production by its new name elsewhere: "X Far Shore, the feature film that ..., will premiere
on ...", with the same name in the headline. That name, our production's name with more words
after it (or after a colon), is the revealed title. A reveal told as not made ("has not revealed
the title yet", "confirmed the name ... is still secret"), a name the headline does not carry, a
name told as a place, an event or another work ("at X Con", "starred in X Lane", "X Lane star"),
a season, or two different names leave the title unsure, so nothing is served. A reveal of a
part's title ("the title of the last episode") is not the production's, and a name the reveal
tells as the owner of what was revealed ("the title of X Y’s closing film") is known already."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.extract.context import Context
from bot.extract.release_headline_titles import headline_title
from bot.extract.release_own_titles import own_title
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_REVEAL = lazy_pattern(
    r"\b(?:reveal(?:s|ed)?|announce[sd]?|unveil(?:s|ed)?|confirm(?:s|ed)?)[ ](?:the|its)[ ]"
    r"(?:official[ ]|new[ ]|final[ ])?(?:title(?![\w-])(?![ ](?:track|song|sequence|card|role|"
    r"character))|name[ ]of[ ](?:the|its)[ ][^.,;]{0,40}?\b(?:film|movie|series|show|finale)\b)"
)
"""A reveal of the title itself (not a title track, a title role or a character's name)."""
_NOT_YET = lazy_pattern(r"(?:\bnot|n[’']t|\bnever|\byet[ ]to)[ ](?:\w+[ ]){0,2}$")
_KEPT = lazy_pattern(
    r"[^.;!?]{0,60}\b(?:is|remains|was)[ ](?:still[ ])?(?:a[ ])?(?:secret|unknown|under[ ]wraps)\b"
)
"""A reveal told as not made: "has not (yet) revealed the title" (the words before it), "confirmed
the name of the X film is still secret" (the words after it)."""
_PART = lazy_pattern(
    r"[ ]of[ ](?:the|its|their)?[ ]?(?:[\w-]+[ ]){0,2}?(?:episodes?|chapters?|seasons?|premiere|"
    r"tracks?|songs?|album|books?|novel|issue|volume)\b"
)
"""A reveal of a part's title ("the title of the last episode", "of the opening chapter"): not
the production's own."""
_CLAUSE_END = lazy_pattern(r"[.;!?\n]")
"""The rest of a reveal's clause, read for the production's name told as known there."""
_LED_ELSEWHERE = lazy_pattern(
    r"\b(?:at|starred[ ]in|stars[ ]in|starring[ ]in|appeared[ ]in|star[ ]of|known[ ]for)[ ]$",
    re.IGNORECASE,
)
_FOLLOWED_ELSEWHERE = lazy_pattern(r"[ ](?:star|stars|actor|actress|alum|alumni|veteran)\b", re.I)
"""Words that tell a name as a place, an event or another work: "at X Con", "starred in X Lane"
(the words before the name), "X Lane star" (the words after it)."""
_WORD = r"[A-Z][\w’'-]*"
_SMALL = r"(?:the|of|and|a|an|in|on|at|to|for|from|with)"
_NAMED = lazy_pattern(
    rf"(?<![\w’'-])(?P<title>{_WORD}(?::?[ ](?:{_SMALL}[ ])*{_WORD}){{0,4}}"
    rf":?[ ](?:{_SMALL}[ ])*[A-Z](?:[\w’'-]*[\w-])?)(?![\w-])"
)
"""A run of capitalised words, perhaps with a colon: "X Far Shore", "X Y: Tides"; a mark at its
end ("X Y’ finale", "‘X Y’") closes it or makes it possessive and is no part of it."""
_ALONE = lazy_pattern(rf"(?<![\w’'-]){_WORD}(?![\w’'-])(?![ ][A-Z])")
"""A capitalised word with no capitalised word after it: a short name used alone."""
_MARKS = frozenset("‘“\"'")
"""Opening marks: a name right after one is quoted whole."""
_GENERIC = lazy_pattern(
    r"(?:Season|Series|Seasons|Film|Movie|Fans?|Cast|Star|Stars|Trailer|Teaser|Review|Live|"
    r"Finale|Netflix|Episode|Book|Books|Novel|Comic|Creator|Director|Writer)\b"
)
"""A word after the name that says what of it is meant ("X Season Three", "X Fans"), no title."""


def told_apart_title(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The title an article names after saying it was revealed, where no title is served yet;
    else the name its headline carries and its body uses (:mod:`.release_headline_titles`);
    else the production's name told with its kind in the lede or headline and used through the
    article (:mod:`.release_own_titles`)."""
    return (
        _told_apart(doc, context, facts)
        or headline_title(doc, facts)
        or own_title(doc, context, facts)
    )


def _told_apart(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    if doc.title_para is None or any(f.kind is ReleaseKind.TITLE and f.served for f in facts):
        return []
    top = doc.paras[doc.title_para]
    text = doc.text
    spans = ((0, top.start), (top.end, len(text)))  # the lede and the article
    clauses = [clause for start, end in spans for clause in _revealed(text, start, end)]
    if not clauses:
        return []
    headline = text[top.start : top.end]
    counts = Counter(_ALONE.findall(text))
    ours = _Ours(context, frozenset(w for w in context.ours if counts[w] > 1), " ".join(clauses))
    found: dict[str, str] = {}
    told_elsewhere: set[str] = set()
    for start, end in spans:
        for match in _NAMED.finditer(text, start, end):
            marked = text[match.start() - 1 : match.start()] in _MARKS
            title = _from_ours(match["title"], ours, marked=marked)
            if title is None or title.lower() not in headline.lower():
                continue
            if _named_elsewhere(text, match.end() - len(title), match.end(), start, end):
                told_elsewhere.add(title)
            found.setdefault(title, text[start : match.end()].rsplit("\n", 1)[-1])
    told_elsewhere.update(title for title in found if _told_elsewhere(headline, title))
    if len(found) != 1 or told_elsewhere:
        return []
    ((title, evidence),) = found.items()
    return [ReleaseFact(ReleaseKind.TITLE, evidence.strip(), title=title)]


def _revealed(text: str, start: int, end: int) -> list[str]:
    """The rest of each clause in ``text[start:end]`` that tells a reveal of the production's
    title that was made."""
    clauses: list[str] = []
    if text.find("title", start, end) < 0 and text.find("name of ", start, end) < 0:
        return clauses  # :data:`_REVEAL` needs one: most pages never name a title so
    for match in _REVEAL.finditer(text, start, end):
        before = text[max(match.start() - 30, start) : match.start()]
        if _NOT_YET.search(before) or _KEPT.match(text, match.end(), end):
            continue
        if not _PART.match(text, match.end(), end):
            stop = _CLAUSE_END.search(text, match.end(), end)
            clauses.append(text[match.end() : stop.start() if stop else end])
    return clauses


def _told_elsewhere(headline: str, title: str) -> bool:
    """Whether the headline tells ``title`` as a place, an event or another work."""
    lower, at = headline.lower(), headline.lower().find(title.lower())
    while at >= 0:
        after = at + len(title)
        if _named_elsewhere(headline, at, after, 0, len(headline)):
            return True
        at = lower.find(title.lower(), after)
    return False


def _named_elsewhere(text: str, at: int, after: int, start: int, end: int) -> bool:
    """Whether the name from ``at`` to ``after`` (within ``start``..``end``) is told as a place,
    an event or another work by the words before or after it."""
    led = _LED_ELSEWHERE.search(text[max(at - 20, start) : at])
    return led is not None or _FOLLOWED_ELSEWHERE.match(text, after, end) is not None


def _owner(title: str, revealed: str) -> bool:
    """Whether the reveal clauses tell ``title`` as the owner of what was revealed ("the title
    of X Y’s closing film", "the title of the last episode of X Y"): a name known already. A
    closing quote mark after the title ("revealed the title: ‘X Y’") is no possessive; a bare
    apostrophe is one only after a title's closing "s" ("X Ys’ closing film")."""
    forms = [f"of {title}", f"{title}’s", f"{title}'s"]
    if title.endswith("s"):
        forms += [f"{title}’ ", f"{title}' "]
    return any(form in revealed for form in forms)


@dataclass(frozen=True)
class _Ours:
    """Our production's words, the ones of them used alone more than once ("the X film"), and
    the reveal clauses' words, from the reveal to the clause's end."""

    context: Context
    alone: frozenset[str]
    revealed: str


def _from_ours(run: str, ours: _Ours, *, marked: bool) -> str | None:
    """The part of a capitalised run from our production's name on ("Watch X Far Shore" gives
    "X Far Shore"), if that part is a title after our name; none in a name opened by a mark."""
    if marked:  # a name in marks ("‘The X Line’") is whole or none
        return run if _after_ours(run, ours) else None
    words = run.split(" ")
    for index, word in enumerate(words):
        if word.rstrip(":") in ours.context.ours:
            title = " ".join(words[index:])
            return title if _after_ours(title, ours) else None
    return None


def _after_ours(title: str, ours: _Ours) -> bool:
    """Whether ``title`` opens with our production's name (every word of it ours, all before
    a colon if there is one) and goes on with words that are not a season, cast or the like."""
    main, colon, sub = title.partition(": ")
    if not colon:
        words = title.split()
        count = next((i for i, w in enumerate(words) if w not in ours.context.ours), len(words))
        if count == len(words) and words[0] in ours.alone and not _owner(title, ours.revealed):
            count = 1  # "‘X Evermore’" quoted in the headline, all ours, where "X" is the name
        main, sub = " ".join(words[:count]), " ".join(words[count:])
    known = bool(main) and all(word in ours.context.ours for word in main.split())
    return known and bool(sub) and _GENERIC.match(sub) is None
