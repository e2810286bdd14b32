"""A clause subject cut to its bare article ("A piano with two missing keys sits by the door"
reaches the pronoun's search as "A"): a thing in a profile's scene-setting, no unnamed someone.
It is credited to no one, and the search stops there, never skipping to an older speaker: the
quote falls to the profile's subject, or stays unattributed. An article before a count, an order
or an age ("A third was already planning", "A fifteen-year-old came"), or before a person's noun
("A reporter quizzed her"), still names someone.
"""

from __future__ import annotations

import re

from bot.extract.subjects import CROWD_NOUN, PERSON_NOUN

_BARE_ARTICLES = frozenset({"A", "An"})
_COUNTED = re.compile(
    r"[ ](?:[a-z]+-year-old|\d|(?:first|second|third|fourth|fifth|further|final|last)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)\b)"
)
"""A count, an order or an age after the article ("A third was already planning", "A
fifteen-year-old came"): someone unnamed, still an unnamed source."""
_PERSON = re.compile(
    rf"[ ](?:[\w’'-]+[ ]){{0,2}}?(?:{PERSON_NOUN}|{CROWD_NOUN}|reporter|journalist|interviewer|"
    r"woman|man|girl|boy|child|teenager|mother|father)\b"
)
"""A person's noun after the article, maybe after a word or two ("A reporter", "A young
fan"): someone unnamed."""


def impersonal(raw: str, text: str, at: int) -> bool:
    """Whether the subject ``raw`` (at ``at`` in ``text``) is a bare article naming
    no one: not one that counts, orders or ages someone, nor one before a person's noun."""
    if raw not in _BARE_ARTICLES:
        return False
    end = at + len(raw)
    return _COUNTED.match(text, end) is None and _PERSON.match(text, end) is None
