"""A title in quotation marks right after a verb of making or acting in a work: "she previously
edited Ada Vale's “La Digue grise”", "who directed “A Winter Quarry”", "starred in Lumen's
“Salt Moon”". The verb says what the marks hold: a work's title (in whatever language),
never anyone's words. "Wrote" also introduces words someone posted ("wrote “Thank you
all” under the photo"), so it counts only with an owner's possessive between it and the marks.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

SHORT_TITLE = lazy_pattern(r"[^\W\d_][^.,;:!?…“”\"]{0,60}")
"""A short title's words inside their marks: a letter first, no stop or comma (shared with
:mod:`.titled_works`)."""
_WORDS = 6
"""One word more than :mod:`.titled_works` allows: here the verb of making says the marks hold a
work."""
_OWNER = r"(?:the[ ])?(?:[A-Z][\w’'.-]*[ ]){0,3}[A-Z][\w’'-]*[’']s[ ]"
_MAKING = (
    r"(?:co-)?(?:edited|directed|produced|scored|starred[ ]in|co-starred[ ]in|appeared[ ]in|"
    r"shot|cut|adapted|created|composed[ ]for|designed)"
)
_WORKED_BEFORE = lazy_pattern(
    rf"\b(?:{_MAKING}[ ](?:{_OWNER})?|(?:co-)?wrote[ ]{_OWNER}|(?:co-)?written[ ]{_OWNER})$"
)


def worked_title(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside their marks) are a short capitalised run straight
    after a verb of making or acting in a work, perhaps with an owner's possessive between."""
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _WORDS:
        return False
    if SHORT_TITLE.fullmatch(inner) is None:
        return False
    return _WORKED_BEFORE.search(text, max(0, start - 60), max(0, start - 1)) is not None
