"""A title in quotation marks that a career places as a work: a part played in it, or its year.

A profile runs through someone's credits with the titles in marks: "cast her as Wren, a young
cellist, in “Noc nad jeziorem” (2017)", "made his stage debut as Captain Vossel in “The Admiral's
Daughter: A Musical Voyage”". A part "as X ... in" right before the marks, or a year in brackets
right after them, makes the words a work's title (in whatever language and case, a colon and
all), never anyone's quote. So does a gloss in marks inside those brackets ("their film ‘Lato
nad morzem’ (‘Summer by the Sea’, 2019) won ..."): the title's closing mark then reads as an
apostrophe, and the span runs from the title into its gloss.
So does a staging of a work right before the marks ("talks for a West End production of “X?”",
"a revival of ‘Y’"), and a piece's headline filling the brackets after it ("An article published
on 6 May (“X: Y heads for Z”) contained errors").
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.owned_lines import after_close
from bot.lazy_patterns import lazy_pattern

_TITLE = lazy_pattern(r"[^\W\d_][^.,;!?…“”\"]{0,80}")
"""A capitalised run with no sentence's stop or comma inside (a subtitle's colon is allowed)."""
_WORDS = 10
_PART_IN = lazy_pattern(rf"\bas[ ]{NAME}(?:,[ ][^,“”\"]{{1,50}},)?[ ]in[ ]$")
"""A part, perhaps described in an aside, then "in" right before the marks."""
_YEAR_AFTER = lazy_pattern(r"[ ]\((?:[‘'“][^’'”()]{1,60}[’'”],[ ])?(?:19|20)\d\d\)")
_GLOSS_INSIDE = lazy_pattern(r"[’'][ ]\([‘'][^’'()]{1,60}$")
"""A span that runs on from a title into its gloss: "Lato nad morzem’ (‘Summer by the Sea"."""
_GLOSS_END = lazy_pattern(r"(?:,[ ](?:19|20)\d\d)?\)")
_STAGED_BEFORE = lazy_pattern(
    r"\b(?:production|revival|staging|restaging|revivals|productions|stagings)[ ]of[ ]$"
)
"""A staging of a work right before the marks: "a West End production of “"."""
_PIECE_BEFORE = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Ii]ts|[Tt]his|[Tt]hat)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:article|story|piece|report|feature|column|headline|interview|review)"
    r"(?:[ ][^.;:!?()“”\"]{1,50})?[ ]\($"
)
"""A piece of journalism, perhaps with a short clause after it, then a bracket opening on the
marks: "An article published on 6 May (“"."""
_HEADLINE_WORDS = 16
_BRACKET_SHUT = lazy_pattern(r"\)")


def placed_title(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside their marks) are a title placed as above."""
    inner = text[start:end].strip()
    if _headline(text, start, end, inner):
        return True
    if not inner[:1].isupper() or len(inner.split()) > _WORDS:
        return False
    if _STAGED_BEFORE.search(text, max(0, start - 30), max(0, start - 1)) is not None:
        return _TITLE.fullmatch(inner.rstrip("?!")) is not None
    if _TITLE.fullmatch(inner) is None:
        return False
    if _YEAR_AFTER.match(text, after_close(text, end)) is not None:
        return True
    if _GLOSS_INSIDE.search(inner) and _GLOSS_END.match(text, after_close(text, end)):
        return True
    return _PART_IN.search(text, max(0, start - 100), max(0, start - 1)) is not None


def _headline(text: str, start: int, end: int, inner: str) -> bool:
    """A capitalised run filling the brackets right after a piece of journalism: its headline."""
    if not inner[:1].isupper() or len(inner.split()) > _HEADLINE_WORDS:
        return False
    if _BRACKET_SHUT.match(text, after_close(text, end)) is None:
        return False
    return _PIECE_BEFORE.search(text, max(0, start - 90), max(0, start - 1)) is not None
