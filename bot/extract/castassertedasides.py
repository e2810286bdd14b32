"""A casting told in a "who plays" aside, for :mod:`bot.extract.castnotparts`.

A hope, a wish or a memory before a name governs what the sentence says of that person, not the
aside that says who they are: in "Netflix wants voters to remember Ada Vale, who plays Mira, in
the supporting races" or "Fans hope Tom Reed, who voices Kit, returns", the casting is told as
fact. Only the present tense, right after the name, with nothing but an adverb between: "who
played Kit" may be a past turn, and "who could play Kit" is the hope itself. Nor where the hope
or the question is whether that person comes back or joins ("whether X, who plays Kit, will
return"; "Fans hope X, who voices Kit, returns"): the part is then the earlier run's, and being
in this production is what is in doubt.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_WHO_PLAYS = lazy_pattern(
    r"[^,;:()“”\"]{1,60}?,[ ]who[ ](?:(?:also|now|currently|still)[ ])?(?:plays|voices|portrays)"
    r"[ ]"
)
"""The actor, then its aside: "Ada Vale, who plays ", "Tom Reed, who now voices "."""
_BACK_OR_JOINING = lazy_pattern(
    r"[^,;:.]{0,80}?,[ ](?:(?:will|would|could|might|may|can|should|is|are|set|due|likely|to)"
    r"[ ]){0,3}?"
    r"(?:not[ ])?(?:be[ ]back|is[ ]back|are[ ]back|(?:come|comes|coming)[ ]back|returns?|"
    r"returning|rejoins?|rejoining|reprises?|reprising|joins?|joining|(?:stay|stays|staying|"
    r"sign|signs|signing)[ ]on)\b"
)
"""After the part, the clause's own verb telling a return or a joining: ", will return",
", returns", ", is set to be back", ", to rejoin"."""


def told_in_an_aside(kw: str, chunk: str, start: int) -> bool:
    """Whether the casting at ``start`` of ``chunk`` (keyword ``kw``) is a present "who plays"
    aside on the name, which words of doubt before the name do not govern (unless what they
    doubt is the name's coming back or joining)."""
    if kw not in {"plays", "voices", "portrays"}:
        return False
    aside = _WHO_PLAYS.match(chunk, start)
    return aside is not None and _BACK_OR_JOINING.match(chunk, aside.end()) is None
