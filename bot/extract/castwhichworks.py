"""A casting told inside another work's relative clause, for :mod:`bot.extract.castnotparts`.

Casting news recalls a maker's earlier show with its star: "Roan's Fenwick Bay, which starred
Quell as Inspector Nell Drury, ran for three seasons". The part is that show's, not ours: the
clause hangs on a named work the article does not call its own.
"""

from __future__ import annotations

import re

from bot.extract.context import Context

_WHICH_STARRED = re.compile(
    r",[ ]which[ ](?:also[ ]|once[ ]|originally[ ])?(?:starred|stars|co-starred|featured|"
    r"features|cast)[ ]$"
)
"""Right before the actor: ", which starred ", ", which also features "."""
_REACH = 40


def in_which_clause(chunk: str, start: int, context: Context) -> bool:
    """Whether the actor at ``start`` follows ", which starred" after a work not ours (when
    the article names none as ours, whose work it is stays unknown: no)."""
    clause = _WHICH_STARRED.search(chunk, max(start - _REACH, 0), start)
    if clause is None:
        return False
    work: list[str] = []
    for token in reversed(chunk[: clause.start()].split()):
        if not token[:1].isupper() or token.endswith(("’s", "'s")):
            break
        work.append(token)
    return bool(work and context.ours) and not context.is_ours(" ".join(work))
