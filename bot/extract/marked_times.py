"""A time phrase in marks that no one is credited with: a report's window, no one's quote.

"Early reports had the film down for “late summer”" and "first slated for “the end of the
year”" put a window in marks with no one to say it; the words are a date, not a remark. Held
when no words credit the quote (no one at all, or a speaker carried over from the sentence
before, which its own sentence does not name, in a sentence reporting a plan: "Lumen confirmed
the date. It was pencilled in for “late 2026”"), its words are only a time phrase (a season, a
month, a year, "later this year") and no one says them in the sentence: "Skyreel has only
said “winter 2026”" and "Skyreel says it will arrive “in spring”" are someone's words,
whoever the extractor found.
"""

from __future__ import annotations

import re

from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_WHEN = (
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|year|month|\d{4})"
)
_TIME = lazy_pattern(
    r"(?:(?:by|in)[ ])?(?:the[ ]end[ ]of[ ])?(?:(?:early|late|mid)[ -]?)?(?:later[ ])?"
    rf"(?:(?:next|this|the)[ ])?{_WHEN}(?:[ ](?:{_WHEN}|next[ ]year|this[ ]year))?[.,]?",
    re.IGNORECASE,
)
"""A time phrase, each leading word at most once: "late spring 2027", "later this year", "by
the end of the year"."""

_SAID = lazy_pattern(
    r"\b(?:said|says|say|told|tells|confirmed|confirms|announced|announces|stated|states|"
    r"promised|promises|saying|wrote|writes|posted|posts|insisted|insists|committed|commits|added|"
    r"adds|listed|lists)\b"
)
_AGENT = lazy_pattern(
    r"\b(?:he|she|they|[Tt]he[ ](?:streamer|studio|broadcaster|network|channel|distributor|"
    r"company|platform|producers|makers|spokes(?:person|man|woman)))\b"
)
"""Who a sentence may name instead of the speaker: a pronoun, "the streamer"."""
_PLANNED = lazy_pattern(
    r"\b(?:pencil+ed|slated|scheduled|earmarked|planned|previously|originally|initially|"
    r"down[ ]for)\b"
)
"""A plan told as the writer's report ("It was previously pencilled in for"): what a carried
speaker's words need to be the report's window, not the rest of what they said ("Details “in
the spring”, apparently")."""
_DESCRIBED = lazy_pattern(
    r"(?:^|[ (])(?:[Aa]n?|[Tt]hat|[Ii]ts|[Tt]heir)[ ](?:[a-z]{3,}(?:-[a-z]+)?[ ])?[“\"‘']$"
)
"""An article and perhaps one lowercase word straight before the marks ("confirmed the title and
a vague “autumn 2027”", "its promised “late spring”"): the writer names the window as a thing,
whatever the verb before; someone's words on a date are not had with an article ("said
“winter 2026”")."""
_SENTENCE_END = lazy_pattern(r"[.!?\n][ ]+(?=[A-Z0-9])|\n")
_REACH = 160


def marked_time(text: str, opens: int, fact: QuoteFact) -> str | None:
    """Why ``fact``, its words opening at ``opens``, is no one's quote: a bare time phrase no
    one says (see above)."""
    if fact.attribution:
        return None  # the words name who says them
    if _TIME.fullmatch(fact.text.strip()) is None:
        return None
    start = max(opens - _REACH, 0)
    ends = list(_SENTENCE_END.finditer(text, start, opens))
    sentence = text[ends[-1].end() if ends else start : opens]
    if _DESCRIBED.search(sentence):
        return "a time phrase in marks, said by no one"  # "only a vague “autumn 2027”"
    if _SAID.search(sentence):
        return None  # "Skyreel has only said “winter 2026”"
    if fact.speaker and (_named_here(sentence, fact.speaker) or not _PLANNED.search(sentence)):
        return None  # "the streamer put it at “summer 2026”", "Details “in the spring”"
    return "a time phrase in marks, said by no one"


def _named_here(sentence: str, speaker: str) -> bool:
    """``sentence`` names the speaker found for the words, by a word of its name or as "the
    streamer" or "she": the speaker is the sentence's own, not carried over from before."""
    return _AGENT.search(sentence) is not None or any(
        word in sentence for word in speaker.split() if word[:1].isupper()
    )
