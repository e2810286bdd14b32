"""The names of a credits list, each without its company or note, for :mod:`bot.extract.crew`."""

from __future__ import annotations

from bot.extract.crewowners import LISTED_OWNER
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.names import LIST_SPLIT
from bot.lazy_patterns import lazy_pattern

_AFFILIATION_START = lazy_pattern(r"[ ](?:\(|for[ ]|at[ ]|of[ ])")
"""Where a company or a note after a name starts (names are capitalised words only)."""
_BRACKETED = lazy_pattern(r"[ ]?\([^()]*\)")
_OWNER_START = lazy_pattern(rf"^{LISTED_OWNER}")


def split_names(names: str) -> list[str]:
    """The names of a list, each without its company: "A for Ostrava Films and B" gives A, B."""
    names = _BRACKETED.sub("", names)  # "X (Tin Kettle, Dunlin Rock)": X's other works
    split = [_AFFILIATION_START.split(n, maxsplit=1)[0] for n in LIST_SPLIT.split(names) if n]
    return [_OWNER_START.sub("", n) for n in split] if "’" in names or "'" in names else split


_FOR_CHANNEL = lazy_pattern(
    rf"[ ]for[ ](?:the[ ])?(?!Film4)(?:RTÉ|RTE|TG4|Channel|{CHANNEL_NAME})(?:[ ]One|[ ]Two)?$"
)
"""A channel or streamer as the whole of what a name works for ("for BBC Three", "for
Netflix"): the channel commissions the maker; "for Film4", "for Sky Studios" are studios a
producer may work for; a bare "Channel" is where a list's capitals stop before "4"."""
_PRODUCED = frozenset({"produced", "co-produced"})


def commissioned_dropped(names: str, verbs: str) -> list[str]:
    """The names of a "produced by" list but for those it gives a channel to make the work for:
    "produced by Harrow Lane for Channel 4" names the production company, never a person (a
    producer is told working for a company: "produced by Ada Vale for Harrow Lane Films")."""
    if verbs.lower() not in _PRODUCED or " for " not in names:
        return split_names(names)
    kept = [n for n in LIST_SPLIT.split(_BRACKETED.sub("", names)) if not _FOR_CHANNEL.search(n)]
    return split_names(", ".join(kept)) if kept else []
