"""What production an article is about, and whether a sentence is about a different one.

Articles mention other works in passing ("the coastal drama X returns on ...", "who also
played Y in Z"). Rather than naming those works, we learn the article's own production from
how it talks about it ("the X movie", "X season 4", "seasons of X", a revealed title) and treat
a sentence that introduces some *other* named work as foreign.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.extract.lexicon import GENRE_NOUNS, GENRE_WORDS, PRODUCTION_NOUNS, STOP_TOKENS
from bot.extract.names import NAME, TOKEN
from bot.extract.text import Doc, scan

_OURS_BEFORE_NOUN = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]|[’']s[ ])(?P<name>{NAME})[ ]{PRODUCTION_NOUNS}\b"
)
_OURS_NAME_FIRST = re.compile(
    rf"(?P<name>{NAME})(?:[’']s)?[ ](?:season[ ]\d|fans\b|final[ ]outing|finale\b)"
)
_OURS_AFTER_NOUN = re.compile(rf"\b(?:seasons?|episodes?)[ ]of[ ](?P<name>{NAME})")
_ANNOUNCER = re.compile(
    rf"(?P<name>{TOKEN})[ ](?:has[ ]|have[ ]|had[ ])?(?:finally[ ]|officially[ ]|also[ ])?"
    r"(?:announced|confirmed|revealed|unveiled|said|says|released|published)\b"
)
_TITLE_CUE = (
    r"(?:has[ ](?:a|its)[ ](?:new[ ]|official[ ])?(?:name|title)[ ]?[:\-–—][ ]?"
    r"|(?:is|will(?:[ ]now)?[ ]be|has[ ]been|is[ ]now)[ ](?:officially[ ])?(?:called|titled|named|"
    r"entitled)[ ]|officially[ ](?:titled|called|named)[ ]"
    r"|(?:official|new|full)[ ](?:title|name)[ ](?:is|will[ ]be)[ ]?:?[ ]?"
    r"|official[ ](?:title|name)[ ]?:[ ]?|under[ ]the[ ]title[ ])"
)
_SMALL_WORD = r"(?:of|the|and|a|an|in|on|to|for|at|&)"
TITLE_WORDS = rf"{TOKEN}(?:(?::[ ]|[ ](?:{_SMALL_WORD}[ ])?){TOKEN}){{0,8}}"
"""A title: capitalised words, small words between them, a subtitle after a colon."""
TITLE_RE = re.compile(rf"{_TITLE_CUE}[“\"‘']?(?P<title>{TITLE_WORDS})")
_FOREIGN_START = re.compile(
    r"(?:^[ “\"]*(?:That|Those)|\b(?:in|on|of|for|from|leads|led|stars|starred|joins|joined|"
    r"fronts|fronted)[ ](?:that|the[ ]other))[ ](?:show|series|drama|film|movie|"
    r"production|sitcom|comedy|thriller|programme|project)\b"
)
"""A sentence that points back at another production: "That show stars ...", "She leads that
series as ...; it begins filming ...".
"""
_ANNOUNCE_KEYS = ("announc", "confirm", "reveal", "unveil", "said", "says", "released", "publish")
_GENRE_THEN_NAME = re.compile(rf"\b{GENRE_NOUNS}[ ][“\"‘']?(?P<name>{NAME})")
_ALSO_PLAYED = re.compile(
    r"\b(?:also|previously|once|formerly|earlier|best[ ]known[ ]for|known[ ]for)[ ]"
    r"(?:\w+[ ]){0,2}?(?:played|starred|appeared|portrayed|voiced|playing|starring)\b"
)


@dataclass(frozen=True, slots=True)
class Context:
    """The capitalised words that name the article's own production, and its title if revealed."""

    ours: frozenset[str]
    titles: tuple[str, ...]
    foreign: frozenset[int] = frozenset()
    """Start offsets of the sentences that are about another production (see :func:`is_foreign`)."""

    def is_ours(self, name: str) -> bool:
        return any(token in self.ours for token in name.split())


def find_context(doc: Doc) -> Context:
    counts: Counter[str] = Counter()
    announcers: set[str] = set()
    titles: list[str] = []
    for sentence in doc.body_sentences():
        chunk = doc.masked[sentence.start : sentence.end]
        starts = doc.capitals_in(sentence.start, sentence.end)
        matches = list(_OURS_BEFORE_NOUN.finditer(chunk))
        if any(key in chunk for key in ("season ", "fans", "final outing", "finale")):
            matches.extend(scan(_OURS_NAME_FIRST, chunk, starts))
        if "season" in chunk or "episode" in chunk:
            matches.extend(_OURS_AFTER_NOUN.finditer(chunk))
        for match in matches:
            counts.update(t for t in match["name"].split() if t not in STOP_TOKENS)
        if any(key in chunk for key in _ANNOUNCE_KEYS):
            announcers.update(m["name"] for m in scan(_ANNOUNCER, chunk, starts))
        if any(key in chunk for key in ("name", "title", "called")):
            original = doc.text[sentence.start : sentence.end]
            titles.extend(match["title"] for match in TITLE_RE.finditer(original))
    ours = {token for title in titles for token in title.split()}
    ours |= set(counts) - announcers
    context = Context(frozenset(ours), tuple(dict.fromkeys(titles)))
    foreign = frozenset(
        s.start for s in doc.body_sentences() if is_foreign(doc.masked[s.start : s.end], context)
    )
    return Context(context.ours, context.titles, foreign)


def is_foreign(chunk: str, context: Context) -> bool:
    """The sentence introduces another named production ("That show ...", "drama X ...")."""
    if _FOREIGN_START.search(chunk):
        return True
    if not any(noun in chunk for noun in GENRE_WORDS):
        return False
    for match in _GENRE_THEN_NAME.finditer(chunk):
        name = match["name"]
        tokens = [t for t in name.split() if t not in STOP_TOKENS]
        if tokens and not context.is_ours(name):
            return True
    return False


def mentions_past_role(chunk: str) -> bool:
    """``also played ...``, ``known for ...``: a role in some other work."""
    return _ALSO_PLAYED.search(chunk) is not None
