"""A company descriptor after an unnamed company, for :mod:`bot.extract.speaker_apposed_names`:
in "ITV confirmed the date. A rival broadcaster plans higher fees; customers will be told
“...”, the company said." the company is the unnamed streamer the sentence before opens on,
never ITV, the organisation named last."""

from __future__ import annotations

from bot.extract.lexicon import OUTSIDE_JOBS
from bot.extract.organisations import Organisations
from bot.extract.subjects import ORG_NOUN, SOURCE_NOUN
from bot.lazy_patterns import lazy_pattern

_UNNAMED_FIRM = lazy_pattern(
    rf"(?:^|(?<=[.!?][ ])|(?<=\n))(?:A|An)[ ](?:[a-z][\w’'-]*[ ]){{0,2}}{ORG_NOUN}\b"
    rf"(?![ ](?:called|named|such[ ]as|{SOURCE_NOUN}|{'|'.join(OUTSIDE_JOBS)})\b|,)"
)
"""A sentence opening on an unnamed company as its subject ("A rival broadcaster plans"),
not one named at once ("A studio called Dun Reach", "A distributor, Dun Reach,"), nor a
person the company's noun only describes ("A studio spokesperson said", "A network boss"): the
company is then still the one named before."""


def unnamed_firm_since(masked: str, orgs: Organisations, org: str, offset: int) -> bool:
    """Whether a sentence opens on an unnamed company after ``org`` was last named before
    ``offset``: a descriptor at ``offset`` then stands for that company, not for ``org``."""
    since = orgs.mention_before(org, offset)
    return _UNNAMED_FIRM.search(masked, since or 0, offset) is not None
