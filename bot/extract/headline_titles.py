"""The titles a headline quotes, told apart by what surrounds them.

A headline quoting a title names the page's own work ("Stars Lead Arctic Drama ‘Winter Ferry’"),
unless it credits a person with it ("‘Kall Vinter’ Star X": their other work), ranges over
several works ("from X to ‘Y’"), or weighs it after another name's verdict ("X wows, ‘Y’
divides": a festival or chart page whose first-named work is the page's, the quoted second one
another's) or lists it after another name ("What to watch: X, ‘Y’ and more").
"""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

QUOTED_TITLE = lazy_pattern(rf"[ ]*[“\"‘'](?P<name>{NAME})[,]?[”\"’'](?![\w])")
_SPAN_ENDS = lazy_pattern(r"\b[Ff]rom[ ](?:[^:;|]{1,80}[ ]to[ ])?$")
"""Before a quoted title, a headline's span of works ("..., from X to ‘Y’", "From ‘X’ to Y:"):
the page ranges over several works, so the quoted one is no more its own than the others."""
_LISTED_AFTER = lazy_pattern(r"[A-Z][\w’'-]*[ ][a-z]+(?:,|;|[ ]and)[ ]$")
"""Before a quoted title, another name and its verb ("Copper Bay soars, ‘Y’"): weighed works."""
_LISTED_BEFORE = lazy_pattern(r"[A-Z][\w’'-]*,[ ]$")
_LISTED_ON = lazy_pattern(
    r"(?:[,;][ ]*|[ ](?:and|&|plus)[ ])(?:(?:much[ ])?more\b|others\b|[A-Z“‘\"'])"
)
"""A quoted title between another name and more of a list ("Copper Bay, ‘Y’ and more", "X, ‘Y’,
Z"); not a subject's talk ("Ada Vale, ‘Y’ and the art of saying no": Y is the page's own)."""
_CREDITED_WORK = lazy_pattern(
    r"[ ](?i:star|actor|actress|alum|creator|director|writer|helmer|dp)\b"
)
"""A title that credits a person ("'Kall Vinter' Star X", "'Kall Vinter' DP X"): their work."""


def headline_titles(doc: Doc) -> tuple[set[str], set[str], set[str]]:
    """Words of the titles quoted in the headline: those it names as the production, the
    article's own; those it credits a person with, another work whatever the body says (a word
    of both is ours); and those weighed after another name's verb (also credited)."""
    own, credited, weighed = set[str](), set[str](), set[str]()
    if doc.title_para is None:
        return own, credited, weighed
    title = doc.paras[doc.title_para]
    headline = doc.text[title.start : title.end]
    for match in QUOTED_TITLE.finditer(headline):
        if _SPAN_ENDS.search(headline, 0, match.start("name") - 1):
            continue
        before = match.start("name") - 1
        listed = _LISTED_AFTER.search(headline, 0, before) is not None or (
            _LISTED_BEFORE.search(headline, 0, before) is not None
            and _LISTED_ON.match(headline, match.end()) is not None
        )
        words = credited if listed or _CREDITED_WORK.match(headline, match.end()) else own
        tokens = [t for t in match["name"].split() if t not in STOP_TOKENS]
        words.update(tokens)
        if listed:
            weighed.update(tokens)
    return own, credited, weighed
