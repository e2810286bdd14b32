"""One person's scenes or episodes airing, for :mod:`bot.extract.release_subjects`.

A soap or series piece tells when an actor's own part goes out: "Her final scenes air in June",
"Dara Penn's last episode will be broadcast on 2 March", "his first scenes are due to screen in
the autumn" (invented examples). That is the actor's arrival or exit on screen, not the work's
release, so the time is held back from the release facts."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OWN_AIRING = lazy_pattern(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s)[ ]"
    r"(?:(?:own|first|final|last|farewell|exit|debut|opening|closing|departing)[ ]){0,2}"
    r"(?:scenes?|episodes?|appearances?|storyline|stint)[ ]"
    r"(?:(?:will|are|is|were|was)[ ])?(?:(?:set|due|expected)[ ]to[ ])?(?:be[ ])?"
    r"(?:airs?|aired|airing|broadcast|screens?|screened|shown|go[ ]out|goes[ ]out|went[ ]out)\b"
)
"""A possessive (a pronoun or a name's "’s"), a part of a person's time on screen, then its
airing."""


def own_part_airs(before: str) -> bool:
    """The words before the time tell one person's scenes or episodes going out."""
    return _OWN_AIRING.search(before) is not None
