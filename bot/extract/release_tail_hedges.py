"""A hedge after the time, in the same sentence, for :mod:`bot.extract.release_parts`.

Sources or a report credited after the time ("Cameras are set to roll in late April, sources
say"; "..., according to insiders"), a likelihood ("a release in 2026 is most likely"), or an
outlet's or an impersonal understanding ("Filming starts in Leeds next month, Reelwire
understands"; "..., it is understood"; "..., we hear"): the time is what the writer was told,
not what the studio said.
"""

from __future__ import annotations

import re

TAIL_HEDGE = re.compile(
    r"[^.;!?]{0,70}?(?:,[ ](?:(?:industry|production|studio|well-placed)[ ])?(?:sources?|insiders?)"
    r"[ ](?:say|says|said|tell[ ]\w+|told[ ]\w+|suggest|claim|indicate)\b|[ ,]according[ ]to[ ]"
    r"(?:(?:industry|production|studio)[ ])?(?:sources|insiders|reports)\b|[ ]reportedly\b"
    r"|,[ ](?:we|I)[ ](?:understand|hear|gather)\b|,[ ]or[ ]so[ ]|[ ]leak(?:ed|s)?\b"
    r"|,[ ](?:[A-Z][\w&’'-]*(?:[ ][A-Z][\w&’'-]*){0,2}[ ]understands"
    r"|it[ ]is[ ]understood)\b"
    r"|[ ](?:is|looks|seems|appears)[ ](?:most[ ]|more[ ]|very[ ]|increasingly[ ])?"
    r"(?:likely|probable)\b)"
)
