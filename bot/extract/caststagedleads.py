"""A part told with another medium before it, for :mod:`bot.extract.castnotparts`.

"Orrin Tavey, who spent the winter on stage as Prospero at the Lyric, plays the father" or
"she toured in rep as Hedda" (invented): the words between the actor and "as" put the part on a
stage, a radio or a tour (a venue or a town may follow: "on stage at the Lyric as"), so it is
that run's part, not the screen production's. "Who now stars
on screen as Hedda" keeps the casting: only another medium's words count.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_STAGED = lazy_pattern(
    r"\b(?:on[ ](?:the[ ])?stage|on[ ]Broadway|in[ ]the[ ]West[ ]End|off-Broadway|in[ ]rep|"
    r"on[ ]tour|on[ ]the[ ]radio|on[ ]radio|in[ ]the[ ]theatre)"
    r"(?:[ ](?:at|in)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})?$"
)
"""Another medium ending the words before "as", perhaps with its venue or town: "spent last
year on stage", "was on stage at the Lyric", "toured in rep in Leeds"."""


def staged_lead(lead: str) -> bool:
    """Whether the words between the actor and "as" (``lead``) end on another medium."""
    return _STAGED.search(lead.rstrip()) is not None
