"""A handle set beside its owner's account, for :mod:`bot.extract.speaker_reach`.

"Lumen Studios’ official account, @LumenUK, went simpler: “...”" is the company's words: the
handle only says where they were posted, so the owner, not the handle, is the clause's subject.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_OWNED_ACCOUNT = lazy_pattern(
    rf"(?P<owner>{NAME})(?:[’']s|(?<=s)[’'])[ ](?:official[ ])?(?:[A-Z][\w-]*[ ])?"
    r"(?:account|handle|page|feed),[ ]$"
)
"""An owner, its account noun and the comma before the handle: "Lumen’s official account, "."""


def owned_handle(chunk: str, at: int, raw: str) -> tuple[int, str]:
    """The subject ``raw`` at ``at``, or its owner when it is a handle set beside the owner's
    account ("X’s official account, @x,"): ``(at, raw)`` either way."""
    if not raw.startswith("@"):
        return at, raw
    owned = _OWNED_ACCOUNT.search(chunk, max(0, at - 120), at)
    return (owned.start("owner"), owned["owner"]) if owned is not None else (at, raw)
