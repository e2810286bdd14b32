"""Words a card, a slate, a sign or a tagline shows, in the shapes a post's caption does not
take: no one's quote, whoever made the thing.

A card may read its words after a short clause on it ("the title card that follows simply reads
“Every shore remembers.”"), the words may come first ("“Not all rivers run home” reads the
tagline"), or a clip may close straight on them ("The teaser closes on “Marsh Lane – in
cinemas 3 May”."). A caption alone is the poster's own words, so "the caption reads “...”"
stays a quote, and a posted video that "ends with “...”" stays the poster's message.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.owned_lines import after_close

_SHOWING = (
    r"(?:(?:title|end|caption|closing|opening|final|last)[ ]cards?|cards?|slates?|clapperboards?|"
    r"signs?|banners?|billboards?|placards?|taglines?|slogans?|on-screen[ ]text|onscreen[ ]text)"
)
"""A thing whose words are shown, not said: a card of any kind, a slate, a sign, a tagline."""
_READS_AFTER_CLAUSE = lazy_pattern(
    rf"\b{_SHOWING}(?:[ ](?:that|which)[ ][a-z][^.;:“”\"]{{0,30}}?)?[ ](?:simply[ ]|just[ ]|"
    r"only[ ]|now[ ])?(?:reads|read):?[ ]$"
)
"""The thing, perhaps a short relative clause on it, then its reading: "the card that follows
simply reads “", "a sign read: “"."""
_READS_BEFORE = lazy_pattern(
    rf"[,]?[ ](?:reads|read)[ ](?:the|a|an|its|their)[ ](?:[a-z-]+[ ]){{0,2}}?{_SHOWING}\b"
)
"""The reading told after the words: "“...” reads the tagline", "“...”, read the end card"."""
CLIP_ENDS = r"(?:ends|ended|closes|closed|opens|opened|finishes|finished)"
"""A clip's verb of ending (or opening) on a shot or a card."""
_CLOSES_ON = lazy_pattern(
    r"\b(?:clip|teaser|video|trailer|promo|reel|spot)\b[^.;:“”\"]{0,60}?"
    rf"[ ]{CLIP_ENDS}[ ]on[ ]$"
)
"""A clip closing straight on the words in marks: its card, or at most a line of the work,
never a quote ("The teaser closes on “...”"). Only "on": a video that "ends with" words may be
the poster's message."""
_REACH = 90


def card_shown(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is the words a card, a slate, a sign or
    a tagline shows, or the words a clip closes on (see above)."""
    before = (max(0, start - _REACH), max(0, start - 1))
    if _READS_AFTER_CLAUSE.search(text, *before) or _CLOSES_ON.search(text, *before):
        return True
    return _READS_BEFORE.match(text, after_close(text, end)) is not None
