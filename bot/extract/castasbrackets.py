"""An actor with the part in brackets after "as": "Also starring: Ada Vale (as Mira) and Tom
Reed (as Ada's old friend Pike)". The "as" says which side is the part, so the order is never in
doubt. A name after a preposition ("starred in Salt Road (as Mira)") is a work's, not an actor's;
a credit or a work's noun before the name (see :func:`bot.extract.casttitles.titled_before`)
leaves the bracket alone too."""

from __future__ import annotations

from bot.extract.castforms import CHAR_GROUP, Casting
from bot.extract.casttitles import titled_before
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_AS_BRACKET = lazy_pattern(
    rf"(?<![Ii]n[ ])(?<![Ff]rom[ ])(?<![Oo]f[ ])(?<![Oo]n[ ])(?<![Ff]or[ ])(?<![Aa]t[ ])"
    rf"(?<![Bb]y[ ])(?P<actor>{FULL_NAME})[ ]\(as[ ]{CHAR_GROUP}\)"
)


def as_brackets(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "Full Name (as [descriptor] Part)" of the sentence, actor first."""
    if "(as " not in chunk:
        return []
    return [
        Casting(
            match["actor"],
            match["char"],
            evidence,
            offset + match.start(),
            end=offset + match.end(),
        )
        for match in _AS_BRACKET.finditer(chunk)
        if not titled_before(chunk, match.start())
    ]
