"""A role noun owned by another title's possessive, for :mod:`bot.extract.crewqualified`.

Awards and guide pieces name a rival's makers by their show: "Penwick's director X is among the
nominees" (invented) names the maker of Penwick, not of the article's work. The credit stays ours
where the owner is our title ("Brisling's director X") and where "from" makes X the maker of the
work described ("a drama from Penwick's director X").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_OWNER_BEFORE = lazy_pattern(
    r"(?<![\w’'-])(?<!\bfrom[ ])(?<!\bby[ ])"
    r"(?P<owner>(?!(?:It|That|What|There|Here|Who|He|She|Let)[’'])[A-Z][\w-]*"
    r"(?:[ ][A-Z][\w-]*){0,3})[’']s[ ]$"
)
"""A capitalised possessive right before the role noun: "Penwick's " (before "director X")."""


def owned_by_another(chunk: str, start: int, context: Context) -> bool:
    """Whether the role noun at ``start`` follows another title's possessive (ours or the
    headline known to tell them apart)."""
    if not context.ours and not context.headline:
        return False
    found = _OWNER_BEFORE.search(chunk, max(0, start - 60), start)
    return found is not None and not context.is_known(found["owner"])
