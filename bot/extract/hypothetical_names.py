"""Words someone *would* call a thing: a label the article imagines, no one's quote.

"After years of work the trade would politely call “solid”, she is a star" or "what most people
might call “a quiet hit”": nobody is said to have said the words; the writer supposes what
someone would say. A person who would say them ("she would call it “home”") still speaks: the
rule leaves a pronoun or a name before "would" alone.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

# The lookahead first: a place no such word starts at fails before the look-behinds are tried.
_WOULD_CALL = lazy_pattern(
    r"(?=[wmc])(?<![Hh]e[ ])(?<![Ss]he[ ])(?<![Ii][ ])(?<![Tt]hey[ ])(?<![Ww]e[ ])(?<![Yy]ou[ ])"
    r"\b(?:would|might|could)[ ](?:[a-z]+ly[ ])?(?:call|describe[ ]as|term|label)"
    r"(?:[ ](?:it|them|this|that))?[ ]$"
)
_SOMEONE_WILL = lazy_pattern(
    r"\b(?:[Ss]omebody|[Ss]omeone|[Aa]nybody|[Aa]nyone)"
    r"(?:[ ]will|[’']ll|[ ]is[ ](?:bound|going|sure)[ ]to)[ ](?:[a-z]+ly[ ])?"
    r"(?:call|describe[ ]as|term|label|dub)(?:[ ](?:it|them|this|that))?[ ]$"
)
"""An indefinite someone who will call a thing so ("somebody will call it “...”", "someone’ll
surely call it", "someone is bound to call it"): a label the
writer foresees, said by no one yet."""
_REACH = 45


def would_call(text: str, start: int) -> bool:
    """The quotation opening at ``start`` (inside its marks) is a label someone would give."""
    if _SOMEONE_WILL.search(text, max(0, start - _REACH), max(0, start - 1)) is not None:
        return True
    match = _WOULD_CALL.search(text, max(0, start - _REACH), max(0, start - 1))
    if match is None:
        return False
    before = text[max(0, match.start() - 20) : match.start()].split()
    return not (before and before[-1][:1].isupper() and before[-1] not in {"The", "A", "An"})
