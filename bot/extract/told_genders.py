"""Who the article makes a man or a woman by what it reports them saying of themselves.

"Ada Vale says she cast him in a day" or "Reed admits he cried", opening a sentence, tells the
sayer's sex: the pronoun opening the reported clause is the sayer's own (not so when the
sentence holds the other pronoun too, nor for the profile's own subject, whose "she" is often
someone the subject speaks of). A "he describes" whose pronoun found Vale is then not hers (see
:mod:`bot.extract.gendered_subjects`), as with a kin part (:mod:`bot.extract.kin_genders`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME, People, clean_name

_REPORTING = (
    r"says|said|admits|admitted|insists|insisted|recalls|recalled|explains|explained|thinks"
    r"|thought|reckons|jokes|joked|concedes|conceded|confesses|confessed"
)
_SAYS_SELF = lazy_pattern(
    rf"(?:^|(?<=[.!?][ ])|(?<=\n))(?P<name>{NAME})[ ](?:{_REPORTING})[ ](?:that[ ])?"
    r"(?P<pronoun>she|he)[ ](?:[a-z]+ly[ ])?[a-z’']+(?P<rest>[^.!?\n]*)",
    re.MULTILINE,
)
"""A sentence opened by a name and its reporting verb, the reported clause opened by a pronoun
("Vale says she cast him"); ``rest`` is the sentence after, to check for the other pronoun
("Reed says she sees things he doesn’t": she is someone else)."""
_OTHER = {"he": lazy_pattern(r"\bshe\b"), "she": lazy_pattern(r"\bhe\b")}


def told_genders(masked: str, people: People) -> dict[str, str]:
    """Each known person the ``masked`` text has report a clause about themselves as "she" or
    "he" ("Vale says she ..."); anyone told both ways is left out."""
    found: dict[str, str] = {}
    for raw, pronoun in _sayers(masked):
        name = people.resolve(raw)
        if name is None:
            continue
        if found.setdefault(name, pronoun) != pronoun:
            found[name] = ""
    return {name: pronoun for name, pronoun in found.items() if pronoun}


@lru_cache(maxsize=4)
def _sayers(masked: str) -> tuple[tuple[str, str], ...]:
    """Each name with the pronoun of the clause it reports, in order (one pass per article)."""
    return tuple(
        (clean_name(match["name"]), match["pronoun"])
        for match in _SAYS_SELF.finditer(masked)
        if _OTHER[match["pronoun"]].search(match["rest"]) is None
    )
