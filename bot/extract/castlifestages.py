"""A time of someone's life after "as", then a clause: no part.

"Odile Brask, who moved to Cornwall as a child, later wrote the ITV Wales series Brine Hollow" is
no casting of Cornwall (or of anyone) as "ITV Wales": "as a child," says when, and the words
after its comma go on with what the person did. A part after a life stage comes right after
the comma ("stars as a teenager, Mira Holt"), so that is left to the other forms.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LIFE_STAGE = lazy_pattern(
    r"[ ]as[ ](?:a|an)[ ](?:young[ ])?(?:teenager|teen|child|kid|boy|girl|schoolboy|schoolgirl|"
    r"student|youngster|toddler|baby|adult|undergraduate),[ ](?:[a-z][\w’'-]*[ ])+"
)


def life_stage(chunk: str, start: int, end: int) -> bool:
    """Whether the "as" of a casting match over ``chunk[start:end]`` opens a time of life that a
    clause goes on from ("as a teenager, previously wrote the ..."), not a part."""
    return " as a" in chunk[start:end] and _LIFE_STAGE.search(chunk, start, end) is not None
