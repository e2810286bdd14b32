"""A cast list's line that names the part first and says who the character is to someone in the
story, for :mod:`bot.extract.cast`: "3. Mira Holt, Tom's older sister – Ada Vale". A relation
to another character ("Tom's older sister") is said of a part, so the name after the dash is
the actor; the line settles its own order, whatever form the list's other lines take.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.context import Context
from bot.extract.names import FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

_KIN_ITEM = lazy_pattern(
    rf"^[ ]*(?:[-*•·▪◦][ ]+|\d{{1,2}}[.)][ ]+)?(?P<char>{CHAR}),[ ](?P<owner>{TOKEN})"
    r"(?:[’']s|(?<=s)[’'])(?:[ ][a-z][\w’'-]*){1,3}[ ]+[–—][ ]+"
    rf"(?P<actor>{FULL_NAME})[ ]*$"
)
"""A list line (bulleted, numbered or bare): part, comma, a relation to someone, a dash, a
full name."""


def kin_items(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """The casting a "Part, Owner's relation – Actor" list line states."""
    if "’s " not in chunk and "'s " not in chunk:
        return []
    item = _KIN_ITEM.match(chunk)
    if item is None or item["owner"] in item["actor"].split() or context.is_known(item["owner"]):
        return []  # "Mira, Vale's sister – Ada Vale", "Ada Vale, Marlow's lead – ...": no part
    return [casting_at(item, evidence, offset)]
