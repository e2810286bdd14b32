"""A name cast as kin or a role of someone else ("newcomer Ada Vale as his cousin Rob"): the
"his" is another person, so a later "he says" never stands for that name, nor for any name cast
beside it in the same list ("Tom Reed as Rob’s mother, June, and Ada Vale as his cousin"). A
"playing" casts the same way, but only before kin ("Ada Vale playing his cousin Rob"): "Ada Vale
playing his guitar" is the man himself at it."""

from __future__ import annotations

from bot.extract.lexicon import RELATION
from bot.lazy_patterns import lazy_pattern

_AS = lazy_pattern(rf",?[ ](?:as|playing[ ](?:his|her|their)[ ]{RELATION}\b)")
"""A name's part follows it ("Ada Vale as ...", "Ada Vale playing his cousin")."""
_NAMED = r"\b[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)*"
_OWNED_PART = {
    pronoun: lazy_pattern(rf"{_NAMED},?[ ](?:as[ ]{own}[ ]|playing[ ]{own}[ ]{RELATION}\b)")
    for pronoun, own in (("he", "his"), ("she", "her"))
}
"""A name cast as a part the pronoun's possessive owns ("Ada Vale as his cousin")."""


def cast_as_kin(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """``raw`` at ``at`` is cast in a list where a name plays a part owned by ``pronoun``'s own
    possessive ("Joining Vale are Ada Rook as Rob’s mother and Tom Reed as his cousin"): the
    "his" is the one the list joins, someone none of them is."""
    owned = _OWNED_PART.get(pronoun)
    return (
        owned is not None
        and _AS.match(chunk, at + len(raw)) is not None
        and owned.search(chunk) is not None
    )
