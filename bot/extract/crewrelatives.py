"""A surname alone beside a relative who shares it, for :func:`bot.extract.crew.find_crew`.

"Quorn, who directed the film and wrote it with his sister Nell Quorn" (invented): the surname
alone refers back to the person the article named before ("Ada Quorn’s harbour drama"), never
to the relative the sentence names after it, who would otherwise be the one known person with
that surname. When the text writes exactly one other full name ending in the surname, the
surname is that person; otherwise it stays as written.
"""

from __future__ import annotations

import re

from bot.extract.people import clean_name, is_full
from bot.lazy_patterns import cached_pattern

_RELATIVE = (
    r"(?:his|her|their)[ ](?:(?:younger|older|elder|twin|big|little)[ ])?(?:sister|brother|"
    r"sibling|wife|husband|partner|son|daughter|father|mother|cousin|niece|nephew|uncle|aunt),?[ ]"
)
_RELATIVE_OWNERS = ("his ", "her ", "their ")
_FIRST = r"(?P<first>[^\W\d_a-zß-öø-ÿ][\w’'-]+)"


def not_the_relative(name: str, evidence: str, text: str) -> str:
    """The full name a lone surname stands for when the sentence names a relative sharing it."""
    if " " in name or not name[:1].isupper():
        return name
    if evidence.count(name) < 2 or not any(word in evidence for word in _RELATIVE_OWNERS):
        return name  # the pattern needs the surname twice and "his", "her" or "their"
    surname = re.escape(name)
    relative = cached_pattern(rf"\b{surname}\b.*?\b{_RELATIVE}{_FIRST}[ ]{surname}\b").search(
        evidence
    )
    if relative is None:
        return name
    before = text[: max(0, text.find(evidence))]
    others = {
        full
        for found in cached_pattern(rf"(?<![\w’'-]){_FIRST}[ ]{surname}(?![\w-])").finditer(before)
        if found["first"] != relative["first"] and is_full(full := clean_name(found[0]))
    }
    return others.pop() if len(others) == 1 else name
