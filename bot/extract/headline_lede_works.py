"""The work a lede opens on as its subject, when the headline names it too: a chart page's
headline names two films ("Pellmarsh creeps to No 2 as The Quiet Comet holds on"), and the
lede's "Cornish folk-horror Pellmarsh scared up £1.2m" tells which is the page's."""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADLINE_NAME = lazy_pattern(rf"(?<![\w’'-])(?P<name>{NAME})")
_IRREGULAR_PAST = (
    "(?:took|made|held|kept|won|rose|fell|slid|hit|led|beat|sold|drew|grew|stayed|stood|"
    "came|went|broke|found)"
)
"""A chart's verbs whose past takes no "-ed": "X took £1m", "X held on", "X came in second"."""
_LEDE_OPENING = lazy_pattern(
    rf"^(?:[A-Z][\w’'-]*[ ])?(?:[a-z][\w’'-]*[ ])?(?:[a-z][\w’'-]*-)?{GENRE_NOUNS}[ ]"
    rf"(?P<name>{NAME})[ ](?:[a-z]+ed|[a-z]+s|{_IRREGULAR_PAST})[ ]"
)
"""A lede opening on a work told by its kind, then its verb: "Cornish folk-horror X scared
up", "Space epic X holds on", "Fenland horror X took" (a place's name, then a kind word; never
"actor X talks")."""


def lede_work(doc: Doc) -> tuple[set[str], set[str]]:
    """The words of the headline's work that the lede opens on, and the words of the headline's
    other article-led works ("The Quiet Comet"); both empty when the lede opens on none or the
    headline names no such other work."""
    if doc.title_para != 1:
        return set(), set()
    lede = doc.text[doc.paras[0].start : doc.paras[0].end]
    opening = _LEDE_OPENING.match(lede)
    if opening is None:
        return set(), set()
    subject = opening["name"]
    names = [m["name"] for m in _HEADLINE_NAME.finditer(doc.headline)]
    if subject not in names:
        return set(), set()
    others = {
        token
        for name in names
        if name != subject and name.startswith("The ") and name.count(" ") >= 1
        for token in name.split()
        if token not in STOP_TOKENS
    }
    own = {token for token in subject.split() if token not in STOP_TOKENS}
    if not others - own:
        return set(), set()  # the headline names no other work the lede could be told from
    return own, others - own
