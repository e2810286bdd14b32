"""An unnamed someone who "put it" so, for :mod:`bot.extract.attribution`: "the show is, as one
early reviewer put it, “...”" cites the reviewer, never the sentence's subject, though no
speaker pattern lists a reviewer as an unnamed source."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

AS_SOMEONE_PUT = lazy_pattern(
    r"\b[Aa]s[ ](?P<who>(?:one|an?|another)[ ](?:[a-z-]+[ ]){0,2}?(?:critic|reviewer|"
    r"commentator|columnist|observer|viewer|fan|insider|source)s?)[ ]"
    r"(?:(?:once|has|had|[a-z]+ly)[ ]){0,2}(?P<verb>puts?[ ]it)\b"
)
"""Words cited "as one X put it", X someone who judges the work from outside it ("as one early
reviewer put it", "as a critic once put it", "as one fan memorably put it"); "as one patient
puts it" in a review is a part in the story, no one quoted."""


KIN_PUT = lazy_pattern(
    r"[,.!?]?[ ]*as[ ](?:his|her|their|my|our)[ ](?:[a-z][\w-]*[ ]){1,2}?"
    r"(?:(?:once|had|has|[a-z]+ly)[ ])?puts?[ ]it\b"
)
"""After the words, ", as my mum put it", ", as her agent puts it": someone the one before
knows, never the one the sentence is about, as with ", her agent said"."""
