"""Words a clip shows as it plays, told in the list of what it shows or as the words it runs
over: lettering on screen, no one's quote, whoever posted the clip.

"posted a short video of falling leaves over the words “...”" lays the footage over the words;
"a clip ..., showing two hands on a table, a ticket and the words “...”" lists what the clip
shows, the words last; "the screen cuts to black and the words “...”" is the card it ends on.
A caption or a message the poster writes is told with "with the caption"
or "wrote", never as what the clip shows, so it stays a quote.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_CLIP = r"\b(?:clip|teaser|video|trailer|promo|reel|footage|montage|animation)\b"
_GAP = r"(?:[^.;!?“”\"\n]|“[^“”\n]{1,20}”|\.(?=\S))"
"""Words between, in one sentence: no stop but one inside a short mark ("a ticket stamped
“17.04.26”") or a number."""
_OVER = lazy_pattern(
    _CLIP + r"[ ]of[ ]" + _GAP + r"{1,80}?[ ](?:over|under|above|beneath|and)[ ]the[ ]words[ ]$"
)
"""A clip of a shot laid over the words, or of what it shows with the words last: "a short video
of falling leaves over the words “", "a clip of two hands, a key and the words “" (not "a clip
of the session with the words “": the poster's message)."""
_SHOWING = lazy_pattern(
    _CLIP
    + _GAP
    + r"{0,80}?,?[ ](?:showing|featuring|shows|showed)[ ]"
    + _GAP
    + r"{1,120}?[ ](?:and|with)[ ]the[ ]words[ ]$"
)
"""A clip, then what it shows, the words last: "a clip ..., showing a ticket and the words “"."""
_TO_BLACK = lazy_pattern(
    r"\b(?:cuts?|cutting|fades?|fading|goes|going|snaps?|turns?)[ ]to[ ](?:black|white)\b"
    + _GAP
    + r"{0,40}?[ ](?:and|with|on|to)[ ]the[ ]words[ ]$"
)
"""The screen cut or faded to black, then the words on it: "before the screen cuts to black and
the words “" (an end card's lettering, whoever spoke the line before)."""
_REACH = 240


def clip_shown_words(text: str, start: int) -> bool:
    """The quotation opening at ``start`` (inside its marks) is lettering a clip shows."""
    if not text.endswith("the words ", 0, max(0, start - 1)):
        return False  # cheap test first
    before = (max(0, start - _REACH), max(0, start - 1))
    if _OVER.search(text, *before) or _SHOWING.search(text, *before):
        return True
    return _TO_BLACK.search(text, *before) is not None
