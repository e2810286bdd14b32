"""An unnamed informant who tells of someone by a pronoun, for
:mod:`bot.extract.speaker_antecedents`: after "Vale is quiet, though one insider told us he is
close to signing", a later "he admitted" is the man the insider told of, never the insider (an
anonymous source is told of without a gender; the pronoun in its words is someone else's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speaker_antecedents import Speaker

_INFORMANT = lazy_pattern(r"\b(?:source|sources|insider|insiders)$")
"""An anonymous informant's label ("one industry source", "a studio insider")."""
_TELLS_OF = lazy_pattern(
    r"[ ](?:(?:has|had|have)[ ])?(?:told|tells|said|says|claimed|claims|suggested|suggests"
    r"|insisted|insists|reckons|believes)(?:[ ](?:us|me|the[ ][a-z]+))?(?:[ ]that)?"
    r"[ ](?P<who>he|she)\b"
)
"""The informant's verb and the pronoun opening the words it reports ("told us he is")."""


def informant_tells_of(chunk: str, end: int, found: Speaker, pronoun: str) -> bool:
    """``found`` (its label ending at ``end`` in ``chunk``) is an unnamed informant whose reported
    words open with ``pronoun``: that pronoun, and a later one, stands for someone else."""
    if found.source is not SourceKind.UNNAMED or _INFORMANT.search(found.name) is None:
        return False
    told = _TELLS_OF.match(chunk, end)
    return told is not None and told["who"] == pronoun
