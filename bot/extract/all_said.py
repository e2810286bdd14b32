"""A quotation that is all its speaker would give: "“Not yet,” is all she will say.".

The words come first and the sentence then says they were everything the speaker let out
("“...” was all Vale would say", "“...” is all he’ll reveal", "was all she had to say"): the
speaker is the subject inside that predicate, a pronoun or a name, as with ", she says".
Without it the quotation falls to whoever the sentence before was about, often someone else
entirely.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_GIVE = r"(?:say|offer|give|reveal|add|share|divulge|confirm|tell(?:[ ](?:us|me|reporters))?)"
"""What a speaker would give of the matter, bare after a modal."""
ALL_SAID_VERB = (
    rf"(?:(?:[’'](?:ll|d)|[ ](?:will|would|can|could|does|did))[ ](?:\w+ly[ ])?{_GIVE}"
    r"|[ ]had[ ]to[ ]say|[ ](?:is|was)[ ]saying"
    r"|[ ](?:\w+ly[ ])?(?:says|said|offers|offered|reveals|revealed|adds|added|shares|shared"
    r"|confirms|confirmed))\b"
)
"""The predicate after its speaker, space included: " will say", "’ll reveal", " would tell
us", " had to say", " is saying", " said" (any modal or tense a writer puts it in)."""
POST_ALL_SAID = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>(?:is|was)[ ]all)[ ](?P<who>he|she|{NAME}){ALL_SAID_VERB}"
)
"""``who`` the pronoun or name inside "is all X will say", "was all X said"; no "they" (a
company's or a crowd's "they" is not one speaker)."""
