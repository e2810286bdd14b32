"""A review's sign-off: the last paragraph of an article headlined as a review says, alone,
"Lantern Hill is streaming on Netflix now." A review is written for its work's release day, so
when nothing else in it dates the release, the day the review is dated is the premiere date.
Only the streaming form, the article's own production as the subject and in the singular, and
only in a review: a profile's or a guide's "is streaming now" may be written any day later, and
"seasons one to three are streaming" dates nothing.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_SIGN_OFF = lazy_pattern(
    r"[ “\"]*(?P<subject>[A-Z][\w’'&+.-]*:?(?:[ ](?:[A-Z0-9][\w’'&+.-]*:?|of|the|and|in|for|a))*)"
    r"[ ]is[ ](?:now[ ])?streaming[ ]on[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*)?[ ]now\.?[ ]*"
)
_REVIEW = lazy_pattern(r"\b[Rr]eview\b")
_NOT_THE_WORK = frozenset({"Season", "Seasons", "Series", "Episode", "Episodes", "All", "It"})
_WORD = lazy_pattern(r"[\w’'&+-]+")


def signed_off(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The review's date as its premiere date, from a streaming sign-off, when ``facts`` hold
    no premiere date."""
    if doc.date is None or doc.title_para is None or not doc.paras:
        return []
    if any(fact.kind is ReleaseKind.PREMIERE_DATE for fact in facts):
        return []
    title = doc.paras[doc.title_para]
    if _REVIEW.search(doc.text, title.start, title.end) is None:
        return []
    last = next((p for p in reversed(doc.paras) if doc.text[p.start : p.end].strip()), None)
    if last is None:
        return []
    text = doc.masked[last.start : last.end]
    match = _SIGN_OFF.fullmatch(text)
    if match is None:
        return []
    words = _WORD.findall(match["subject"])
    if words[0] in _NOT_THE_WORK or not any(map(context.is_known, words)):
        return []
    return [ReleaseFact(ReleaseKind.PREMIERE_DATE, text.strip(), date=doc.date)]
