"""A poster's handle with its site named after it, as its clause's subject.

"..., and @fen_lark on Bluesky was delighted. “...,” they wrote." names its poster before "on
Bluesky"; a plain subject search stops at the site's phrase and finds no one, so "they" went
back to a poster quoted before. The handle, opening its clause, is the one "they" stands for;
a handle after a verb or a preposition ("replying to @fen_lark on Bluesky") is no subject.
"""

from __future__ import annotations

from bot.extract.lexicon import PLATFORMS
from bot.extract.subjects import ACCOUNT
from bot.lazy_patterns import lazy_pattern

_ON_SITE = lazy_pattern(
    rf"(?:^|[,;][ ](?:and[ ]|but[ ])?|[ ](?:and|but)[ ])(?P<name>{ACCOUNT})[ ]on[ ]"
    rf"(?:{'|'.join(sorted(PLATFORMS))})[ ](?:was|is|has|had|were|[a-z]+ed|[a-z]+s)\b"
)
"""A clause opening on a handle, its site, then its verb ("and @fen_lark on X was thrilled")."""


def handles_on_sites(chunk: str) -> list[tuple[int, str]]:
    """Each handle that is its clause's subject with its site named after it (see above)."""
    return [(m.start("name"), m["name"]) for m in _ON_SITE.finditer(chunk)]
