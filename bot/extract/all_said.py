"""A quotation that is all its speaker would give: "“Not yet,” is all she will say.".

The words come first and the sentence then says they were everything the speaker let out
("“...” was all Vale would say", "“...” is all he says on the matter"): the speaker is the
subject inside that predicate, a pronoun or a name, as with ", she says". Without it the
quotation falls to whoever the sentence before was about, often someone else entirely.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME

POST_ALL_SAID = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>(?:is|was)[ ]all)[ ](?P<who>he|she|{NAME})[ ]"
    r"(?:(?:will|would|can|could|does|did)[ ](?:\w+ly[ ])?(?:say|offer|give|reveal)"
    r"|(?:\w+ly[ ])?(?:says|said|offers|offered|reveals|revealed))\b"
)
"""``who`` the pronoun or name inside "is all X will say", "was all X said"; no "they" (a
company's or a crowd's "they" is not one speaker)."""
