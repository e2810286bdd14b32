"""A name someone gives a thing, in marks: "a roaring trade in what he is calling “Harbour
rolls”", "what locals have dubbed “The Long Week”". The words name a thing; the one who coined
them is not quoted saying anything. Only words shaped like a name count (a capital first, a few
words, no sentence's stop): "what she called “a gift to the town”" stays her remark. So is a
thread's title, the words in marks then the thread ("the “It's over” thread", a list's "- “...”
announcement thread"): the thread's name, whoever opened it."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.owned_lines import after_close

_COINED = lazy_pattern(
    r"\b(?i:what)[ ](?:he|she|they|it|[A-Z][\w’'-]*)[ ](?:is[ ]|are[ ]|has[ ]|have[ ])?"
    r"(?:now[ ]|been[ ]|already[ ])?(?:calling|calls|call|dubbing|dubs|dubbed|nicknamed|"
    r"christened|branding|branded)[ ]$"
)
"""Someone's own name for a thing, right before the marks ("what he is calling “")."""
_REACH = 50
_THREAD_BEFORE = lazy_pattern(r"(?:\n[ ]*[-–•*][ ]*|\b(?:[Tt]he|[Aa]|[Tt]hat|[Tt]his|[Oo]ur)[ ])$")
"""A list's bullet or a determiner right before the marks."""
_THREAD_AFTER = lazy_pattern(r"[ ](?:[a-z]+[ ])?(?:mega)?threads?\b")
"""The thread, perhaps with one word of its kind, right after the marks ("announcement thread")."""
_NAME_WORDS = 5


def coined_name(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside the marks) are a short capitalised name someone gives a
    thing ("what he is calling “Harbour rolls”"): a name, no one's quote."""
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _NAME_WORDS or inner[-1:] in ".!?,":
        return False
    return _COINED.search(text, max(start - 1 - _REACH, 0), max(start - 1, 0)) is not None


def titled_thread(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside the marks) are a thread's title (see above)."""
    return (
        _THREAD_AFTER.match(text, after_close(text, end)) is not None
        and _THREAD_BEFORE.search(text, max(start - 8, 0), max(start - 1, 0)) is not None
    )
