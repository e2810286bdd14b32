"""A sentence's subject that the article elsewhere tells as a work: no one a "she says" means.

A film's title opens sentences as a person's name does ("Pewter Sound opens in cinemas in
September."), so a pronoun's search for the last subject could credit "“...,” she says." to
the title. A name the article also gives as a work - "the director of Pewter Sound", "the star
of Pewter Sound", "In Pewter Sound she plays ...", "to make Pewter Sound" - is a title, never the
pronoun's person: the search goes on to whoever the piece is about.
"""

from __future__ import annotations

import re

from bot.extract.descriptions import subtitled
from bot.extract.text import Doc

_WORK_BEFORE = (
    r"(?:(?:director|star|writer|screenwriter|creator|producer|composer|editor|cast|set|shoot|"
    r"premiere|makers?|sequel)[ ]of|to[ ](?:make|shoot|film))[ ]"
)


def not_a_sayer(doc: Doc, raw: str, at: int) -> bool:
    """Whether ``raw``, a clause's subject, is a subtitle or a title the article tells as a
    work (see above)."""
    if subtitled(doc, raw, at):
        return True
    name = raw.strip()
    if " " not in name or not name[:1].isupper():
        return False
    told = re.compile(
        rf"\b{_WORK_BEFORE}{re.escape(name)}\b|\bIn[ ]{re.escape(name)},?[ ](?:she|he|they)[ ]"
        r"(?:plays|played|stars|starred)\b"
    )
    return told.search(doc.masked) is not None
