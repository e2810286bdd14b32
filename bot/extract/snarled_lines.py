"""A line a trailer round-up has someone snarl: the part's words in the footage, no one's quote.

"“Nobody leaves this island,” she snarls at one point", "“Keep your lamps lit,” Brisk growls"
and "he hisses: “...”" give a line as the footage plays it; an actor's remarks to the press are
said or told, never snarled or growled. A line only whispered ("“...,” she whispers.") counts
where the paragraph names the voiceover or the footage before the words. Held only in a piece
about footage: its headline or the quote's paragraph names a trailer, a teaser or a clip.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import (
    FOOTAGE_SPEAKER,
    FOOTAGE_WORDS,
    after_marks,
    before_marks,
    in_footage_piece,
)
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_VOICES = (
    r"(?:snarls|growls|hisses|bellows|roars|screams|shrieks|barks|spits|sneers)"
    r"(?:[ ](?:at[ ])?(?:him|her|them))?"
    r"(?![ ](?:at[ ](?:the[ ]press|reporters|us|me)|with[ ]laughter)\b)"
)
"""A voice a part gives a line, never one aimed at the press: "barks at reporters" and
"screams with laughter" are an actor's idioms."""
_AFTER = lazy_pattern(rf"[,.!?]?[”\"’']?,?[ ]+{FOOTAGE_SPEAKER}[ ]{_VOICES}\b")
"""The words, then someone voicing them: "“...,” she snarls"."""
_BEFORE = lazy_pattern(rf"(?:^|[.!?;][ ]+){FOOTAGE_SPEAKER}[ ]{_VOICES}[ ]*[,:]?[ ]*$")
"""Someone voicing the words, then the words: "He hisses: “"."""
_SOFT_AFTER = lazy_pattern(
    rf"[,.!?]?[”\"’']?,?[ ]+{FOOTAGE_SPEAKER}[ ](?:whispers|murmurs|intones|breathes)[ ]*[.!?]"
)
"""The words, then someone whispering them and nothing more ("“...,” she whispers."): a voice
the footage gives a line when the paragraph names the voiceover or the footage itself (an
interviewee may whisper an aside, but not in a paragraph about the voiceover)."""
_VOICEOVER = lazy_pattern(
    rf"\b(?:voice-?overs?|voiceovers?|narration|narrator|{FOOTAGE_WORDS})\b", re.I
)
_REACH = 60


def snarled_line(doc: Doc, quote: Quote) -> bool:
    """The words are a line snarled or growled in footage (see above)."""
    after = after_marks(doc, quote, _REACH)
    if _SOFT_AFTER.match(after) is not None and in_footage_piece(doc, quote):
        para = doc.paras[quote.para]
        if _VOICEOVER.search(doc.text, para.start, quote.start) is not None:
            return True  # "The voiceover. ... “...,” she whispers." in a trailer breakdown
    if _AFTER.match(after) is None and _BEFORE.search(before_marks(doc, quote, _REACH)) is None:
        return False
    return in_footage_piece(doc, quote)
