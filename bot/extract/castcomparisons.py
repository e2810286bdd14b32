"""An equative comparison of time read as a casting's "as", for :mod:`bot.extract.castnotparts`.

"as ... as" of time: "was attached to the part as recently as May", "was in the frame as early
as June", "was still billed as late as August". The name after the second "as" is the time the
first is measured against (a month, a day), never a part, even where a month is also a first
name. A comparison of quality still names the part: "is just as good as Mira" (good in it).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_EQUATIVE = lazy_pattern(
    r"\bas[ ](?:recently|early|late|lately|soon|long[ ]ago|far[ ]back)[ ]as[ ](?=[A-Z])"
)
"""Both halves of the comparison of time, the second right before a capital: "as recently as
May", "as long ago as April"."""


def compared(chunk: str, start: int, end: int) -> bool:
    """Whether a casting form's match over ``start``-``end`` of ``chunk`` reads its part from
    the far side of an "as ... as" comparison of time."""
    return " as " in chunk[start:end] and _EQUATIVE.search(chunk, start, end) is not None
