"""Names that stand for no one who speaks, beyond a person's or a company's: things counted by
name ("Two Ferriby nominations") and prizes or award categories. "The Grand Prize went to
‘Salt Window’. The jury called it “...”" is the jury's, never a person called "Grand Prize";
nor is "the Best Debut prize" (cut to "Best Debut") anyone.
"""

from __future__ import annotations

from bot.extract.speaker_reach import counted
from bot.lazy_patterns import lazy_pattern

_PRIZE = lazy_pattern(
    r"^(?:[Tt]he[ ])?(?:Best[ ][A-Z]\S*(?:[ ][A-Z]\S*)*$|(?:[A-Z]\S*[ ])+"
    r"(?:Prize|Award|Awards|Trophy|Medal)$|(?:[A-Z]\S*[ ])+(?:prize|award|trophy|medal)$)"
)


def not_someone(raw: str) -> bool:
    """Whether ``raw`` (words read as a speaker) counts things or names a prize (see above)."""
    return counted(raw) or _PRIZE.match(raw.strip()) is not None
