"""A title in quotation marks that a career places as a work: a part played in it, or its year.

A profile runs through someone's credits with the titles in marks: "cast her as Wren, a young
cellist, in “Noc nad jeziorem” (2017)", "made his stage debut as Captain Vossel in “The Admiral's
Daughter: A Musical Voyage”". A part "as X ... in" right before the marks, or a year in brackets
right after them, makes the words a work's title (in whatever language and case, a colon and
all), never anyone's quote. So does a gloss in marks inside those brackets ("their film ‘Lato
nad morzem’ (‘Summer by the Sea’, 2019) won ..."): the title's closing mark then reads as an
apostrophe, and the span runs from the title into its gloss.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME
from bot.extract.owned_lines import after_close

_TITLE = lazy_pattern(r"[^\W\d_][^.,;!?…“”\"]{0,80}")
"""A capitalised run with no sentence's stop or comma inside (a subtitle's colon is allowed)."""
_WORDS = 10
_PART_IN = lazy_pattern(rf"\bas[ ]{NAME}(?:,[ ][^,“”\"]{{1,50}},)?[ ]in[ ]$")
"""A part, perhaps described in an aside, then "in" right before the marks."""
_YEAR_AFTER = lazy_pattern(r"[ ]\((?:[‘'“][^’'”()]{1,60}[’'”],[ ])?(?:19|20)\d\d\)")
_GLOSS_INSIDE = lazy_pattern(r"[’'][ ]\([‘'][^’'()]{1,60}$")
"""A span that runs on from a title into its gloss: "Lato nad morzem’ (‘Summer by the Sea"."""
_GLOSS_END = lazy_pattern(r"(?:,[ ](?:19|20)\d\d)?\)")


def placed_title(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside their marks) are a title placed as above."""
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _WORDS or _TITLE.fullmatch(inner) is None:
        return False
    if _YEAR_AFTER.match(text, after_close(text, end)) is not None:
        return True
    if _GLOSS_INSIDE.search(inner) and _GLOSS_END.match(text, after_close(text, end)):
        return True
    return _PART_IN.search(text, max(0, start - 100), max(0, start - 1)) is not None
