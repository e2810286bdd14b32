"""A clause subject cut to its bare article ("A piano with two missing keys sits by the door"
reaches the pronoun's search as "A"): a thing in a profile's scene-setting, no unnamed someone.
It is credited to no one, and the search stops there, never skipping to an older speaker: the
quote falls to the profile's subject, or stays unattributed. An article before a count, an order
or an age ("A third was already planning", "A fifteen-year-old came"), or before a person's noun
("A reporter quizzed her"), still names someone. A name cut with its article before the noun it
modifies ("The Kellan shoot was his first") is a thing named after someone or somewhere, never a
person.
"""

from __future__ import annotations

from bot.extract.subjects import CROWD_NOUN, PERSON_NOUN, SOURCE_NOUN
from bot.lazy_patterns import lazy_pattern

_BARE_ARTICLES = frozenset({"A", "An"})
_ARTICLED_NAME = lazy_pattern(r"(?:The|This|That)[ ][A-Z][a-z’'-]+")
"""An article and one capitalised word ("The Kellan"), a name no person is called by."""
_MODIFIED = lazy_pattern(r"[ ][a-z]{3,}(?:,|[ ](?:was|is|had|has|took|began|ran|went)\b)")
"""The noun the articled name modifies, then a comma or the clause's verb ("shoot, in May,
was"), so no verb of its own."""
_ACTS = (
    r"(?=,|[ ](?:who|[a-z]+ed|[a-z]{2,}[^s\W]s|was|is|had|has|came|went|said|told|got|took|"
    r"sat|stood|spoke|saw|ran|made|gave|kept|left|wore|brought|thought|knew|began)\b)"
)
"""What follows a head that is someone: a verb, "who" or a comma ("A third was", "A fan who"),
not a second noun ("A star chart"), a hyphen ("A star-shaped lamp") or an owner's mark."""
_COUNTED = lazy_pattern(
    r"[ ](?:[a-z]+-year-old\b|(?:\d+|first|second|third|fourth|fifth|further|final|last|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    rf"(?:twen|thir|for|fif|six|seven|eigh|nine)ty)(?:{_ACTS}|(?=[ ]of\b)))"
)
"""A count, an order or an age after the article that stands for someone ("A third was already
planning", "A fifteen-year-old came"): an unnamed source. An adjective that only looks like one
("A dusty piano", "A final draft of", "A forty-foot mast") heads no one: a count or an order
must be followed by its verb, "who", a comma or "of" ("A third of them")."""
_PERSON = lazy_pattern(
    rf"[ ](?:[\w’'-]+[ ]){{0,2}}?(?:{PERSON_NOUN}|{CROWD_NOUN}|{SOURCE_NOUN}|reporter|journalist|"
    rf"interviewer|woman|man|girl|boy|child|teenager|mother|father){_ACTS}"
)
"""A person's noun heading the subject, maybe after a word or two, then its verb ("A reporter
quizzed her", "A young fan asked"): someone unnamed. The noun as a thing's modifier or owner ("A
star chart covers", "A man's coat hangs", "A host of trophies") heads no one."""


def impersonal(raw: str, text: str, at: int) -> bool:
    """Whether the subject ``raw`` (at ``at`` in ``text``) is a bare article naming
    no one: not one that counts, orders or ages someone, nor one before a person's noun."""
    if _ARTICLED_NAME.fullmatch(raw) is not None:
        return _MODIFIED.match(text, at + len(raw)) is not None
    if raw not in _BARE_ARTICLES:
        return False
    end = at + len(raw)
    return _COUNTED.match(text, end) is None and _PERSON.match(text, end) is None
