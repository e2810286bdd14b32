"""Another's text, told by the one who recalls it: "Vell recalls an early executive note asking
for “more warmth”", "she remembers a producer's email demanding “more fog”". The quoted words are
the text's author's, never those of whoever recalls it."""

from __future__ import annotations

import re

_ANOTHERS_TEXT = re.compile(
    r"\b(?:an?|the|one)[ ](?:[\w’'-]+[ ]){0,3}?(?:note|email|e-mail|message|memo|letter|request|"
    r"text)[ ](?:asking(?:[ ]for)?|demanding|urging|calling[ ]for|that[ ](?:read|asked"
    r"(?:[ ]for)?))[ ]*$"
)


def quotes_a_text(pre: str) -> bool:
    """``pre`` ends with another's text and what it asked: "a note asking for " before “...”."""
    return _ANOTHERS_TEXT.search(pre) is not None
