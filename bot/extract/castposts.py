"""A bracketed pair in a cast member's post, for :mod:`bot.extract.castlistshapes`.

A fan site's wrap round-up writes "Ada Vale, who plays Mira Holt, shared a group selfie with Tom
Reed (Cal Vosh)" or "Ada Vale (Mira Holt) and Tom Reed (Cal Vosh) posted a joint video": people
post and pose for photos, parts do not, so the name outside the bracket is the actor, though
"with" reads like story prose ("lives next door to Mira Holt (Ada Vale)").
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_POSTED_WITH = lazy_pattern(
    r"\b(?:shared|posted|uploaded|put[ ]up|shares|posts|uploads)[ ](?:a|an|their|his|her)[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:selfie|photo|picture|pic|snap|video|clip|TikTok|reel|post)s?"
    r"[ ](?:with|alongside)[ ]$"
)
"""A post shared with someone: "shared a group selfie with ", "posted a blurry photo with "."""
_POSED_WITH = lazy_pattern(
    r"\b(?:poses|posed|posing|pose)(?:[ ]for[ ](?:(?:a|the)[ ])?(?:photos?|pictures?|"
    r"photographers|selfies?|the[ ]cameras))?[ ](?:with|alongside|beside|next[ ]to)[ ]$"
)
"""A pose for the cameras beside someone: "poses with ", "posed for photographers alongside "."""
_POSTED_BY_TWO = lazy_pattern(
    rf"[ ](?:and|&)[ ]{FULL_NAME}[ ]\([^()\n]{{1,40}}\),?[ ](?:(?:also|both|then)[ ])?"
    r"(?:posted|shared|uploaded)\b"
)
"""After the first pair, a second that posts with it: "... and Tom Reed (Cal Vosh) posted"."""


_PAIRS_BEFORE = lazy_pattern(
    rf"(?:{FULL_NAME}[ ]\([^()\n]{{1,40}}\)(?:,[ ]and|,|[ ]and|[ ]&)[ ]){{1,4}}$"
)
"""The same list's earlier pairs just before a pair: "Tom Reed (Cal Vosh) and "."""


def in_a_post(pair: Casting, text: str) -> bool:
    """The pair is named in a post or a pose: shared or posed with, or posting it beside a
    second pair; a list's later pair is named where its first is ("poses with Tom Reed (Cal
    Vosh) and Ada Vale (Mira Holt)")."""
    start = pair.start
    earlier = _PAIRS_BEFORE.search(text, max(start - 240, 0), start)
    for at in {start} if earlier is None else {start, earlier.start()}:
        if _POSTED_WITH.search(text, max(at - 80, 0), at):
            return True
        if _POSED_WITH.search(text, max(at - 60, 0), at):
            return True
    return _POSTED_BY_TWO.match(text, pair.end) is not None
