"""An earlier work's release told in the past ("The first film opened in UK cinemas on 6
September 2024", "Her previous feature premiered on ..."): the subject of the clause is a work
before the article's own (a sequel's first film, a maker's last film), so its date is no
release of the article's production. A maker's debut ("X's debut, which premiered at ...,
opened on ...") may be the article's own film and stays.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_EARLIER_WORK = (
    r"(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ](?:very[ ])?"
    r"(?:first|original|previous|last|earlier|prior)[ ](?:\w+[ ]){0,1}?"
    r"(?:film|movie|feature|series|season|instalment|installment|picture|one))"
)
"""The subject, a work before the article's own: "The first film", "her previous feature",
"the original series". A maker's debut is not one: it may be the article's own film."""
_TOLD_EARLIER = lazy_pattern(
    rf"(?:^|[.;:!?][ ]+|[–—][ ]|\b(?:and|but|while|whereas)[ ]){_EARLIER_WORK}"
    r"(?:,[^,.;]{1,120},)?[ ](?:also[ ]|first[ ]|originally[ ])?"
    r"(?:opened|was[ ]released|premiered|arrived|landed|debuted|launched|aired|came[ ]out|"
    r"hit[ ](?:cinemas|screens|theaters|theatres))\b[^.;!?]{0,60}$"
)
"""The earlier work opened (a past verb, maybe after an aside in commas), then the time."""


def earlier_work_released(chunk: str, start: int) -> bool:
    """The time at ``start`` dates the past release of an earlier work (see above)."""
    return (
        any(word in chunk for word in ("first", "original", "previous", "last", "earlier", "prior"))
        and _TOLD_EARLIER.search(chunk, max(start - 260, 0), start) is not None
    )
