"""A title in marks: a name for a work or a chapter, never words anyone said.

Three shapes give one away with no one credited. A title set after the noun that names it, with
a comma or a colon between ("fans asked for a new title, “Harbour – Für immer”", "the working
title: “Grey Shallows”"): the marks name the title. So does a piece of the outlet's own after a
colon, the marks closing the line ("- Our podcast this week: “...”"): the episode's title. And a
chapter of an episode or a video listed under its time code, alone on its line, among other such
lines ("04:12 The first call" then "17:40 “The night we lost the light”"): a chapter's name,
however much it reads like a remark. A page's headline named before its marks ("published with
the headline “...”") is the page's, not anyone's words, whatever its length.
A line with a time code in a live blog ("14:05 “We're thrilled,” said Ada Vale") is credited to
someone and stays a quote; so does a lone time code over a remark, with no list around it.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_TITLE_BEFORE = lazy_pattern(r"\b(?:[a-z]+[ ])?(?:title|subtitle|name)[,:][ ]*[“\"‘']$")
"""The noun a title is set after, with a comma or a colon, right before the opening mark."""
_HEADLINE_BEFORE = lazy_pattern(
    r"\b(?:headline|headlined|strapline|standfirst|sub-?headline)"
    r"(?:[ ](?:was|read|reads|reading|ran))?[,:]?[ ]*[“\"‘']$"
)
"""A piece's headline named right before the opening mark ("published with the headline “",
"a report headlined “", "the headline read “"): the marks give a page's headline, whatever
its length, not words anyone said."""
_PIECE_BEFORE = lazy_pattern(
    r"(?:^|\n|[-–—•*][ ]+)(?:[Oo]ur|[Tt]his[ ]week[’']s|[Tt]oday[’']s|[Nn]ext[ ]week[’']s|"
    r"[Tt]he[ ]latest|[Ll]atest)[ ](?:[a-z]+[ ])?"
    r"(?:podcast|episode|column|essay|newsletter|video|long[ -]read|feature)"
    r"(?:[ ](?:this|last|next)[ ](?:week|month)|[ ]today)?:[ ]*[“\"‘']$"
)
"""A piece of the outlet's own opening its line, perhaps with when it runs, then a colon right
before the opening mark ("- Our podcast this week: “", "This week's episode: “"): the piece's
title follows, alone on its line ("Ada Vale on the podcast: “" is her remark)."""
_TIME_CODE = r"[ ]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ ]+"
_CODE_BEFORE = lazy_pattern(rf"(?:^|\n){_TIME_CODE}(?:[–—-][ ]*)?[“\"‘']$")
"""A time code alone before the opening mark, opening its line."""
_LINE_CLOSES = lazy_pattern(r"[”\"’']?[ ]*(?:\n|$)")
_CODE_LINE = lazy_pattern(rf"{_TIME_CODE}(?:[^\n]{{1,60}})$")
"""A neighbouring line in the list: a time code, then a short chapter name."""
_TITLE_WORDS = 8


def held_if_title(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its faceless marks are a title set after its noun, a headline named
    before them, or a chapter listed under its time code (see above)."""
    if not fact.served or not quote.closed or not faceless(fact):
        return fact
    words = fact.text.strip()
    if not words[:1].isupper():
        return fact
    if _HEADLINE_BEFORE.search(text, max(0, quote.start - 40), quote.start):
        return held(fact, "a headline in quotation marks")
    if len(words.split()) > _TITLE_WORDS:
        return fact
    opens = quote.start  # just after the opening mark
    if _TITLE_BEFORE.search(text, max(0, opens - 30), opens) and not words.endswith("."):
        return held(fact, "a title in quotation marks")
    if _PIECE_BEFORE.search(text, max(0, opens - 60), opens) and _LINE_CLOSES.match(
        text, quote.end
    ):
        return held(fact, "a title in quotation marks")
    if _CODE_BEFORE.search(text, max(0, opens - 16), opens) is None:
        return fact
    if _LINE_CLOSES.match(text, quote.end) is None or not _listed(text, quote):
        return fact
    return held(fact, "a chapter's title under its time code")


def _listed(text: str, quote: Quote) -> bool:
    """Whether the line before or the line after is another time-coded chapter."""
    line_start = text.rfind("\n", 0, quote.start)
    line_end = text.find("\n", quote.end)
    if line_start > 0:
        before = text.rfind("\n", 0, line_start) + 1
        if _CODE_LINE.match(text, before, line_start):
            return True
    if line_end >= 0:
        after = text.find("\n", line_end + 1)
        after = len(text) if after < 0 else after
        return _CODE_LINE.match(text, line_end + 1, after) is not None
    return False
