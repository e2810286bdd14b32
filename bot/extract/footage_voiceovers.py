"""Words voiced over a shot the writer describes: a line of the footage, not anyone's quote.

"“Every gate keeps its key,” she intones, over a shot of the tower falling." gives the words a
narrator or a part speaks over the pictures of a trailer: the shot they are laid over places them
in the footage, so no one is quoted saying them to the press, whoever the "she" stands for.
Counted only in a piece whose paragraph or headline names the footage; "a shot of" something
poured ("over a shot of whisky") has no article after "of" and stays a remark.
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE_SPEAKER, in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_OVER_A_SHOT = lazy_pattern(
    rf"[,.!?]?[ ]*{FOOTAGE_SPEAKER}[ ][a-z]+s,?[ ]over[ ](?:a|the)[ ](?:[a-z-]+[ ]){{0,2}}?"
    r"(?:shots?|images?|footage|montage|pictures)[ ]of[ ](?:a|an|the|his|her|their|its)[ ]"
)
"""A speaker and a verb after the closing mark, then the shot the words are laid over: ", she
intones, over a shot of the", ", Ada says over the closing images of her"."""


def held_if_voiced_over(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are voiced over a shot of footage (see above)."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return fact
    if _OVER_A_SHOT.match(doc.text, quote.end + 1) is None:
        return fact
    return held_line(fact) if in_footage_piece(doc, quote) else fact
