"""Words a card, a slate, a sign or a tagline shows, in the shapes a post's caption does not
take: no one's quote, whoever made the thing.

A card may read its words after a short clause on it ("the title card that follows simply reads
“Every shore remembers.”"), the words may come first ("“Not all rivers run home” reads the
tagline"), or a clip may close straight on them ("The teaser closes on “Marsh Lane – in
cinemas 3 May”."), or the words may follow the tagline named ("a tagline - “...” -") or a
trailer ending "with the words" and a clause on them, or end a verbless list of what a card or
an ad shows (:mod:`bot.extract.listed_card_words`). A caption alone is the poster's own
words, so "the caption reads “...”" stays a quote, and a posted video that "ends with “...”"
stays the poster's message.
"""

from __future__ import annotations

from bot.extract.clip_said_words import clip_said
from bot.extract.clip_shown_words import clip_shown_words
from bot.extract.footage_lines import EDGE_SHOT
from bot.extract.listed_card_words import listed_card_words
from bot.extract.owned_lines import after_close
from bot.lazy_patterns import lazy_pattern

_SHOWING = (
    r"(?:(?:title|end|caption|closing|opening|final|last)[ ]cards?|cards?|slates?|clapperboards?|"
    r"signs?|banners?|billboards?|placards?|(?:chalk|black|white|notice)boards?|taglines?|slogans?|"
    r"on-screen[ ]text|onscreen[ ]text|"
    r"(?:message|text|words|caption)[ ]on[ ](?:the[ ])?screen|"
    rf"{EDGE_SHOT}s?)"
)
"""A thing whose words are shown, not said: a card of any kind, a slate, a sign, a tagline, a
message on screen ("The message on screen reads “...”": a text the footage shows), a chalkboard
or a whiteboard in shot, a clip's last or first shot ("The final frame simply reads “...”": a
shot reads only lettering)."""
_SET_UP = (
    r"[ ][a-z]+(?:ed|ung|eld|uck)[ ](?:to|on|onto|in|across|along|outside|above|over|around|"
    r"at|by|near|beside|behind)[ ][^.;:“”\"]{0,30}?"
)
"""Where the thing was put up, a past participle and a place ("taped to the railings", "hung
across the street", "stuck on a van"): a sign set in place, whose reading follows."""
_READS_AFTER_CLAUSE = lazy_pattern(
    rf"\b{_SHOWING}(?:[ ](?:that|which)[ ][a-z][^.;:“”\"]{{0,30}}?|,[ ][a-z][^,.;:“”\"]{{0,30}},)?"
    r"[ ](?:simply[ ]|just[ ]|"
    r"only[ ]|now[ ]|also[ ])?(?:reads|read):?[ ]$"
)
"""The thing, perhaps a short relative clause or an aside between commas on it, then its
reading: "the card that follows simply reads “", "the end card, glimpsed in a still, reads “",
"a sign read: “"."""
_SET_UP_READS = lazy_pattern(
    rf"\b(?i:{_SHOWING}){_SET_UP}[ ](?:simply[ ]|just[ ]|only[ ]|now[ ]|also[ ])?"
    r"(?:reads|read):?[ ]$"
)
"""The thing, where it was put up, then its reading, the thing perhaps opening the sentence:
"Signs pinned to the gates read “", "a banner hung across the road reads “"."""
_IT_READS = lazy_pattern(
    rf"\b{_SHOWING}\b[^.;“”\"]{{0,60}}?\.[ ]+It[ ](?:simply[ ]|just[ ]|only[ ])?"
    r"(?:reads|read):?[ ]$"
)
"""A card or a sign named, then "It reads" opening the next sentence right before the marks
("The end card. It reads “...”"): the thing's lettering, not anyone's quote."""
_READS_BEFORE = lazy_pattern(
    r"[,]?[ ](?:reads|read|says|said|promises|promised|proclaims|proclaimed)[ ]"
    r"(?:the|a|an|its|their)[ ](?!original[ ]|thread[ ]|forum[ ])(?:[a-z-]+[ ]){0,2}?"
    rf"(?:{_SHOWING}|posters?)\b"
)
"""The reading told after the words: "“...” reads the tagline", "“...”, read the end card",
"“...”, says the poster" (a poster's words are printed; not "says the original poster", a
thread's first commenter)."""
_SHOWN_THING = (
    r"(?:(?:title|end|caption|closing|opening|final|last)[ ]cards?|cards?|slates?|clapperboards?|"
    r"signs?|banners?|billboards?|placards?|(?:chalk|black|white|notice)boards?|"
    r"on-screen[ ]text|onscreen[ ]text|(?:message|text|words|caption)[ ]on[ ](?:the[ ])?screen|"
    rf"{EDGE_SHOT}s?)"
)
"""A thing that is only lettering in shot: a card, a slate, a sign or a board, text on screen,
a clip's first or last frame. Not a tagline or a slogan, which a report may quote as its
maker's line."""
_THING_READS_AFTER = lazy_pattern(
    r"[,]?(?:[”\"’'][,]?)?[ ](?:the|a|an|its|their)[ ](?:[a-z-]+[ ]){0,2}?"
    rf"{_SHOWN_THING}[ ](?:simply[ ]|just[ ])?"
    r"(?:reads|read)\b"
)
"""The thing named after the words, then its reading: "“...,” the title card reads", "“...”, the
end slate read" (the comma inside the marks or out). Not a caption alone (a post's own words),
nor a tagline or a slogan (left to the rules that place those)."""
CLIP_ENDS = r"(?:ends?|ended|closes?|closed|opens?|opened|finish(?:es)?|finished)"
"""A clip's verb of ending (or opening) on a shot or a card, for one clip or several ("the
poster and the trailer close on the words")."""
_CLOSES_ON = lazy_pattern(
    r"\b(?:clip|teaser|video|trailer|promo|reel|spot)\b[^.;:“”\"]{0,60}?"
    rf"[ ]{CLIP_ENDS}[ ]on[ ]$"
)
"""A clip closing straight on the words in marks: its card, or at most a line of the work,
never a quote ("The teaser closes on “...”"). Only "on": a video that "ends with" words may be
the poster's message."""
_NAMED_BEFORE = lazy_pattern(
    r"\b(?:taglines?|slogans?|(?:title|end|closing|opening|final|last)[ ]cards?)[ ]?[-–—:,?][ ]*$"
    r"|(?:^|\n|[-–—][ ]|\b\d\d?[.)][ ])(?:The|the|A|a)[ ]"
    r"(?:(?:title|end|closing|opening|final|last)[ ]cards?|taglines?|slogans?)\.[ ]*$"
)
"""A tagline or a card named straight before its words, after a dash, a colon, a comma or a
question mark ("a first poster, and a tagline - “...” -", "the end card: “...”", "The tagline?
“...”"), or a beat of a breakdown or a numbered list that is only the card or the tagline, its
words next ("2:10 – The end card. “...”", "4. The tagline. “...”")."""
_ENDS_ON_WORDS = lazy_pattern(
    r"\b(?:trailer|teaser|promo)s?\b[^.;“”\"]{0,90}?[ ](?:ends|ended|closes|closed|finishes|"
    r"finished)[ ](?:on|with)[ ]the[ ]words[ ][^.;:“”\"]{1,70}?:[ ]*$"
)
"""A trailer ending on words, a clause on them, then a colon ("the trailer ... ends with the
words we had all hoped for: “...”"): its end card, not anyone's quote. Not a posted video's
words (its poster's message), so a trailer, a teaser or a promo only."""
_ENDS_ON_CARD = lazy_pattern(
    r"(?:\b(?:trailer|teaser|promo)s?\b[^.;“”\"]{0,90}?|(?:^|\n|[.!?][ ]+)It)[ ]"
    rf"{CLIP_ENDS}[ ](?:on|with)[ ]the[ ](?:words|captions?|{_SHOWING})[ ]?[:,–—-]?[ ]*$"
)
"""A trailer (or an "It" opening its sentence, the trailer told before) ending on the words or
the card or caption named straight before the marks ("The teaser ends with the card “...”", "It
closes on the words “...”", "ends with the caption “...”"): lettering on screen, not anyone's
quote."""
_CARD_AND_WORDS = lazy_pattern(
    r"\b(?:(?:title|end|closing|opening|final|last|black)[ ])?cards?,?[ ]and[ ](?:then[ ])?"
    r"the[ ]words[ ]*$"
)
"""A card, then the words on it, joined by "and" ("before the title card and the words “...”"):
lettering on screen, not anyone's quote."""
_WITH = lazy_pattern(r"\bwith[ ]$")
_PLACED = lazy_pattern(r"[ ](?:underneath|beneath|below|above|under[ ]it|over[ ]it)\b")
"""Words set in place on a card or a page, "with" before them and where they sit after ("with
“a Fenmoor story” underneath"): lettering laid out, not anything said."""
_REACH = 90
_ENDS_REACH = 200


def _holds(text: str, window: tuple[int, int], *words: str) -> bool:
    """Whether one of ``words`` lies inside ``window`` of ``text``: each pattern tried before a
    quotation needs one of them there (its literal words), and a substring search rules most
    quotations out far faster than a pattern tried at every offset of the window."""
    return any(text.find(word, *window) >= 0 for word in words)


def card_shown(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is the words a card, a slate, a sign or
    a tagline shows, or the words a clip closes on (see above)."""
    before = (max(0, start - _REACH), max(0, start - 1))
    reads = _holds(text, before, " read")
    if reads and _SET_UP_READS.search(text, *before):
        return True  # "Signs taped to the railings read “...”"
    if (reads and _READS_AFTER_CLAUSE.search(text, *before)) or (
        _holds(text, before, " on ") and _CLOSES_ON.search(text, *before)
    ):
        return True
    if (
        _holds(text, before, " card", "tagline", "slogan") and _NAMED_BEFORE.search(text, *before)
    ) or (reads and _IT_READS.search(text, *before)):
        return True
    ends_before = (max(0, start - _ENDS_REACH), max(0, start - 1))
    if _holds(text, ends_before, " the words ") and _ENDS_ON_WORDS.search(text, *ends_before):
        return True
    if (_holds(text, before, " on the ", " with the ") and _ENDS_ON_CARD.search(text, *before)) or (
        _holds(text, before, "the words") and _CARD_AND_WORDS.search(text, *before)
    ):
        return True
    if _WITH.search(text, *before) and _PLACED.match(text, after_close(text, end)):
        return True
    if listed_card_words(text, start) or clip_shown_words(text, start) or clip_said(text, start):
        return True  # "The end card. Three gulls, one diving, and the words “...”"
    closing = after_close(text, end)
    read_after = _READS_BEFORE.match(text, closing) or _THING_READS_AFTER.match(text, closing)
    return read_after is not None
