"""A later clause of the sentence whose own unnamed source does the telling.

"Quarrow has said only that it opens in 2030, and one festival insider called a March slot
“likely”": the quoted word is the insider's, not Quarrow's, though Quarrow's "said" is the only
speaking verb. A closing clause joined by "and", "but", "while" or "whereas", its subject an
unnamed someone ("one insider", "a producer", "others", "some fans") and its own past-tense verb
before the quote, takes the words from the earlier sayer; who that someone is, the sentence does
not say, so the words are no one's we could name. The subject must be someone ("a rewrite fixed
it" is a thing: the sayer keeps the words). "Quarrow said it opens in 2030 and that a
sequel is “likely”" keeps its sayer: no new subject acts."""

from __future__ import annotations

from bot.extract.gap_sayers import SAYER_NOUN
from bot.lazy_patterns import lazy_pattern

_NOT_NOUN = r"(?:was|were|is|are|had|has|have|been|be|spokes\w*|representative|rep)\b"
"""Words no unnamed source's noun phrase holds: a verb ("while a scene was completed") or a
company's own voice ("and a spokesperson dismissed": the company's words, read as before)."""
_ONE_OF = (
    r"(?:one|some|several|many|two|three|members?)[ ]of[ ](?:the|its|their|our|his|her)[ ]"
    rf"(?:(?!{_NOT_NOUN})[a-z][\w-]*[ ]){{1,2}}?"
)
"""Someone of a group, named by the group alone ("one of the cast", "some of the crew"): no one
the sentence names, never the earlier sayer."""
_LATER_SOURCE = lazy_pattern(
    r",?[ ](?:and|but|while|whereas)[ ]"
    rf"(?:(?:one|another|a|an|some|several|many|other)[ ](?:(?!{_NOT_NOUN})[a-z][\w-]*[ ]){{0,2}}?"
    rf"(?!{_NOT_NOUN}){SAYER_NOUN}s?[ ]|others[ ]|{_ONE_OF})(?:[a-z]+ly[ ])?[a-z]+ed\b"
    r"[^;.!?“”\"‘]*$"
)
"""The joined clause, up to the quote: "and one distribution source suggested a slot was",
"while others praised the cast as", "and one of the crew hinted at"."""


def later_source(pre: str, end: int) -> bool:
    """Whether ``pre`` (a sentence up to its quote), after the attribution ending at ``end``,
    turns to a clause an unnamed someone of its own says."""
    return _LATER_SOURCE.search(pre, end) is not None
