"""A title in marks set in apposition to its work noun and described at once: a name, not a quote.

"The album has one single, “Harbour Lights”, recorded in a church." and "the poem, “Salt Road”,
written when she was nine" name a work between commas: the noun before, and a past participle
telling how the work was made after, make the marks a title's. Held only when no one is credited
with the words; "Asked about the song, “I love it”, she said" has no participle after.
So too words shaped like a title (capitalised words, no closing stop) between commas after any
noun a determiner leads ("One cue, “Salt Hymn Nine”, is ...", "A stage version, “Harbour – The
Musical”, opens ..."), or after "known as" ("known abroad as “Harbour – Forever”"): what a thing
is called, where a remark set in apposition ("Her reply, “not a chance”, ...") reads as speech.
"""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_WORK_NOUN = lazy_pattern(
    r"\b(?:song|single|track|album|ballad|anthem|hymn|tune|air|lullaby|theme|poem|film|novel|"
    r"book|play|short)[ ]*,[ ]*$"
)
"""A work's noun and the comma opening the apposition, right before the marks: "one song, “"."""
_MADE = lazy_pattern(
    r"[ ]*,[ ](?:sung|written|recorded|performed|composed|released|played|arranged|co-written|"
    r"produced|filmed|shot|published|set)\b"
)
"""The comma closing the apposition and a participle of how the work was made: "”, sung"."""
_REACH = 30
_LED_NOUN = lazy_pattern(
    r"(?<![^\s(])(?:(?:[Oo]ne|[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]"
    r"|(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*[’']s[ ])(?:[a-z][a-z-]*(?:[’']s)?[ ]){0,2}"
    r"(?!(?:reply|answer|response|verdict|retort|words|message|comment|remark|advice|plea|"
    r"motto|mantra|text|note|warning|promise)[ ]*,)[a-z][a-z-]{2,}[ ]*,[ ]*$"
)
"""A determiner or an owner, lowercase words and the comma opening the apposition: "One cue, “",
"A stage version, “", "the show's theme, “", "Mara Quill's favourite air, “"; never a noun of
speech, whose apposed words are said ("Her reply, “...”, was final")."""
_KNOWN_AS = lazy_pattern(r"\bknown[ ](?:[a-z]+[ ]){0,6}?as[ ]*$")
""""known as", perhaps with where or how between ("known here in the dub as “")."""
_NAME_WORDS = 8
_CLOSES = lazy_pattern(r"[ ]*[,;)]|[ ]*[.]")
_TITLE_WORD = lazy_pattern(r"[A-Z0-9]|[–—:&-]$|[a-z]{1,3}$")
"""A word a title may have: capitalised, a dash or colon, or a short linking word ("na", "of")."""


def held_if_apposed_title(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a work's title between commas (see above)."""
    if not fact.served or not faceless(fact) or not quote.closed:
        return fact
    if fact.text[-1:] in ".,!?;:…":
        return fact
    opens = max(quote.start - 1, 0)
    if (
        _MADE.match(doc.text, quote.end + 1) is not None
        and _WORK_NOUN.search(doc.text, max(opens - _REACH, 0), opens) is not None
    ):
        return held(fact, NAME_IN_MARKS)
    if (
        fact.text[:1].isupper()
        and len(fact.text.split()) <= _NAME_WORDS
        and _KNOWN_AS.search(doc.text, max(opens - _REACH * 2, 0), opens) is not None
    ):
        return held(fact, NAME_IN_MARKS)  # a title in any language's casing: "Harbour – Für immer"
    if not title_shaped(fact.text):
        return fact
    if _CLOSES.match(doc.text, quote.end + 1) is None:
        return fact
    if _LED_NOUN.search(doc.text, max(opens - _REACH * 2, 0), opens) is not None:
        return held(fact, NAME_IN_MARKS)
    return fact


def title_shaped(words: str) -> bool:
    """Two to eight words, the first and at least two capitalised, the rest capitalised,
    dashes or short linking words: "Harbour – The Musical", "Salt na Mara"; not "Not a chance"."""
    split = words.split()
    if not 2 <= len(split) <= 8 or not split[0][:1].isupper() or not split[-1][:1].isupper():
        return False
    if sum(word[:1].isupper() for word in split) < 2:
        return False
    return all(_TITLE_WORD.match(word) for word in split)
