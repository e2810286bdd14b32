"""A line an unnamed figure in the story speaks to a part: the work's words, no one's quote.

A trailer round-up gives a line and the figure who has it, speaking in the present to someone
the story holds: "“Don't open the cellar,” an old man warns her", "A stranger tells him:
“...”", or to no one named ("and a nurse warns, “...”", "“...,” a voice whispers"), or a voice
alone before a colon ("A child's voice: “...”"). The figure is no source the writer spoke to
(that one tells "me" or "us", or "said"), and the words are held, never served as a quote. Only
in a piece about footage: its headline or the paragraph names a trailer, a teaser or a clip.
"""

from __future__ import annotations

from bot.extract.footage_lines import before_marks, in_footage_piece
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_FIGURE = (
    r"(?:[Aa]n?|[Ss]ome)[ ](?:[a-z]+[ ]){0,2}?(?:woman|man|voice|girl|boy|child|stranger|figure|"
    r"villager|neighbour|local|nurse|officer|priest|guard|landlady|landlord)"
)
_TO_PART = (
    r"(?:[a-z]+ly[ ])?(?:tells|warns|asks|reminds|begs|whispers[ ]to|hisses[ ]at|snaps[ ]at|"
    r"says[ ]to|growls[ ]at|mutters[ ]to)[ ](?:him|her|them)\b"
)
_NARRATING = (
    r"(?:warns|whispers|mutters|hisses|growls|snarls|pleads|shouts|sobs|screams|begs|rasps|"
    r"murmurs|calls)"
)
"""A figure's speaking in the present a story is told in, to no one named."""
_AFTER = lazy_pattern(rf"[,.!?]?[”\"’']?,?[ ]+{_FIGURE}[ ](?:{_TO_PART}|{_NARRATING}\b)")
"""The words, then the figure speaking to a part or to no one: "“...,” a woman warns her",
"“...,” a voice whispers as she opens the door"."""
_BEFORE = lazy_pattern(rf"(?:^|[.!?;][ ]+|,[ ]+as[ ]+){_FIGURE}[ ]{_TO_PART},?:?[ ]*$")
"""The figure speaking to a part, then the words: "A stranger tells him: “"."""
_NARRATED = lazy_pattern(
    rf"(?:^|[.!?;][ ]+|,[ ]+(?:as|and)[ ]+|[ ]and[ ]+){_FIGURE}[ ]{_NARRATING},?:?[ ]*$"
)
"""The figure speaking in the present a story is told in, then the words, with no one spoken
to: "..., and a medical officer warns, “" (a press source says or tells, in the past)."""
_VOICE = lazy_pattern(
    r"(?:^|[.!?;][ ]+|[-–—][ ]+)(?:[Aa]n?[ ](?:[a-z]+[ ]){0,2}?(?:woman|man|girl|boy|child|"
    r"stranger|figure)[’']s[ ])?(?:(?:[Aa]n?[ ])?(?:[a-z]+[ ]){0,2}?)?voice(?:[ ]over)?:[ ]*$"
)
"""A voice heard, then a colon straight before the words: "A child's voice: “...”", "A low
voice: “...”" (a trailer's moments listed one by one)."""
_REACH = 80


def figure_line(doc: Doc, quote: Quote) -> bool:
    """The words are a line an unnamed figure speaks to a part in footage (see above)."""
    para = doc.paras[quote.para]
    before = before_marks(doc, quote, _REACH)
    after = doc.text[quote.end : min(quote.end + _REACH, para.end)]
    if _AFTER.match(after) is None and not (
        _BEFORE.search(before) or _NARRATED.search(before) or _VOICE.search(before)
    ):
        return False
    return in_footage_piece(doc, quote)
