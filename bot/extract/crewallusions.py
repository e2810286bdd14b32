"""A book the sentence points to as something else, for :mod:`bot.extract.crewasides`: "the
bridge to X’s first novel", "a nod to X’s early comics", "a nod, fans think, to X’s novel", or a
copy of one ("a copy of X’s debut novel on a shelf"). A trailer round-up or a review names an
author's other book as what a scene links or winks to, or shows it as a prop; the book at the
end of such a link is another work, so its author is no credit of ours."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LINK = lazy_pattern(
    r"\b(?:bridge|nod|wink|callback|call-back|link|connection|reference|allusion|homage)"
    r"(?:,[ ](?:[\w’'-]+[ ]){0,2}?[\w’'-]+,)?[ ](?:back[ ])?to[ ]$"
    r"|\b(?:a|one|the|two|three|several|some)[ ](?:[a-z-]+[ ])?cop(?:y|ies)[ ]of[ ]$"
)
"""A link noun and its "to" just before the owner of the book, perhaps with a short aside
between ("a nod, some think, to", "a wink, perhaps, to"); or a copy of the book, a prop seen on
a shelf or a gift in a scene ("a dog-eared copy of X’s first novel"), no credit told."""
_PROP_OR_STRAND = lazy_pattern(
    r"\b(?:is|are|was|were|seen|caught|spotted|shown)[ ](?:[a-z]+[ ])?"
    r"(?:reading|re-reading|rereading|holding|clutching|carrying)[ ]"
    r"(?:[“‘\"]?[A-Z][\w’'-]*[”’\"]?[ ]|(?:of|the|a)[ ]){0,5}?(?:[A-Z][\w’'-]*[”’\"]?,[ ])?$"
    r"|\b[A-Z][\w-]*[’']s[ ](?:storyline|story[ ]line|plotline|subplot|arc),?[ ]"
    r"(?:(?:is|was)[ ])?(?:drawn|taken|lifted|borrowed)[ ]from[ ]$"
    r"|\b(?:subplot|storyline|story[ ]line|plotline|plot|strand|thread|arc|scene)s?[ ]"
    r"(?:involving|about|around|over|concerning|centred[ ]on|centered[ ]on)[ ]$"
)
"""A book a part is seen with ("Brisewen is reading Orchard Days, X’s novel", "was spotted
holding X’s memoir"), or that one part's strand is drawn from ("Brisewen’s storyline, drawn from
X’s novel"), or that a strand of the plot is about ("a subplot involving Brisewen’s first
novel"): a prop, a subplot's source or its matter, not the source of the film (invented
examples)."""


def alluded(chunk: str, start: int) -> bool:
    """Whether the book named by its owner at ``start`` is what a link noun points to, a prop
    or a part's strand's source."""
    window = max(start - 60, 0)
    return (
        _LINK.search(chunk, window, start) is not None
        or _PROP_OR_STRAND.search(chunk, window, start) is not None
    )
