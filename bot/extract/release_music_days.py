"""A score or soundtrack album's release day, not the work's.

"Odile Farrant's original music for the film will be released as Copper Bay (Original Score) on
14 July", "The soundtrack album will be out on 14 July", "The score album, with twenty cues,
arrives on 14 July": the release verb's subject is the work's music (its score, soundtrack or
album), so the time is the album's. So it is when a record label puts something out ("Yes,
Lakemoor Records are putting it out on 5 June"): a label releases music, never the film.
"""

from __future__ import annotations

from bot.extract.release_song_dates import OUT_VERB
from bot.lazy_patterns import lazy_pattern

_MUSIC_OUT = lazy_pattern(
    r"\b(?:score|soundtrack|album|original[ ]music)(?:[ ]album)?"
    r"(?:[ ](?:for|from)[ ][^,.;]{1,60}?|,[^,.;]{1,60},)?[ ]" + OUT_VERB
)
"""The work's music as the subject of a release verb, with a "for ..." or an aside between."""
_LABEL_OUT = lazy_pattern(
    r"\b(?:[A-Z][\w’'&-]*[ ]){1,3}Records[ ](?:(?:is|are|will[ ]be)[ ](?:putting|releasing|issuing)"
    r"|(?:will|are[ ]to|is[ ]to)[ ](?:put|release|issue)|puts|releases|issues)\b"
)
"""A record label as the subject of a release verb: "Lakemoor Records are putting it out",
"Quillon Records will release the album"."""


def music_released(clause: str, chunk: str = "") -> bool:
    """The ``clause`` before a time releases the work's score or soundtrack, not the work; or the
    clause is the verb whose music subject an aside in commas cut off ("The soundtrack album, X
    (Original Score), is released on ...")."""
    if _MUSIC_OUT.search(clause) is not None or _LABEL_OUT.search(clause) is not None:
        return True
    told = clause.strip()
    start = chunk.find(told) if told and "," in chunk else -1
    if start < 0:
        return False
    return any(m.end() > start for m in _MUSIC_OUT.finditer(chunk, 0, start + len(told)))
