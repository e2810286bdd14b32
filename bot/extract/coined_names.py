"""A name someone gives a thing, in marks: "a roaring trade in what he is calling “Harbour
rolls”", "what locals have dubbed “The Long Week”". The words name a thing; the one who coined
them is not quoted saying anything. Only words shaped like a name count (a capital first, a few
words, no sentence's stop): "what she called “a gift to the town”" stays her remark. A piece of
music named just before, then "which he calls “...”" ("a piano motif for the pair, which he calls
“the sofa theme”"), takes a name in any case: its nickname, not a remark on it; so does a
name that says it is a piece of music ("a recurring figure, which he calls “the harbour
theme”"). So is a
thread's title, the words in marks then the thread ("the “It's over” thread", a list's "- “...”
announcement thread"): the thread's name, whoever opened it. So is what "we" or "I" took to
calling a thing ("we started calling the van “the office”"): the speaker's nickname for it."""

from __future__ import annotations

from bot.extract.owned_lines import after_close
from bot.lazy_patterns import lazy_pattern

_COINED = lazy_pattern(
    r"\b(?i:what)[ ](?:he|she|they|it|[A-Z][\w’'-]*)[ ](?:is[ ]|are[ ]|has[ ]|have[ ])?"
    r"(?:now[ ]|been[ ]|already[ ])?(?:calling|calls|call|dubbing|dubs|dubbed|nicknamed|"
    r"christened|branding|branded)[ ]$"
)
"""Someone's own name for a thing, right before the marks ("what he is calling “")."""
_REACH = 50
_OWN_NICKNAME = lazy_pattern(
    r"\b(?:[Ww]e|I)[ ](?:(?:all|just|soon|even)[ ])?(?:(?:started|began|took[ ]to|used[ ]to)[ ])?"
    r"(?:calling|call|called|nicknamed|dubbed)[ ](?:the|our|my|this|that)[ ](?:[a-z-]+[ ]){1,2}$"
)
"""A first-person crew's name for a thing, the thing named before the marks: "we started calling
the van “", "I called my bike “"; never "he called the film “...”", a remark on it."""
_PIECE = r"(?:motif|theme|tune|melody|cue|track|song|refrain|leitmotif|lullaby|waltz)s?"
_WHICH_CALLS = (
    r"(?:which|that)[ ](?:he|she|they|[A-Z][\w’'-]*)[ ]"
    r"(?:has[ ]|have[ ])?(?:calls|call|called|dubs|dubbed|nicknamed|christened)[ ]"
    r"(?:(?:simply|just|only|affectionately|privately|jokingly)[ ])?$"
)
_PIECE_CALLED = lazy_pattern(rf"\b{_PIECE}(?:[ ][^.;:!?“”\"]{{1,70}}?)?,[ ]{_WHICH_CALLS}")
"""A piece of music, perhaps a short clause on it, then the name its maker gives it: "a piano
motif for Lark and Tam, played by ..., which he calls “", "one cue, which she calls simply “"."""
_CALLED = lazy_pattern(rf"[,]?[ ]{_WHICH_CALLS}")
_PIECE_NAME = lazy_pattern(rf"the[ ][^.;:!?“”\"]{{1,40}}[ ]{_PIECE}")
"""A name that says it is a piece of music ("the harbour theme", "the two of them motif"), given
by "which he calls" to a thing the sentence calls by another word ("a recurring figure")."""
_PIECE_REACH = 110
_THREAD_BEFORE = lazy_pattern(
    r"(?:\n[ ]*[-–•*][ ]*|\b(?:[Tt]he|[Aa]|[Tt]hat|[Tt]his|[Oo]ur|[Nn]o|[Aa]ny|[Mm]ore|[Tt]hese|"
    r"[Tt]hose|[Aa]nother|[Yy]our)[ ])$"
)
"""A list's bullet or a determiner right before the marks, a forum rule's too ("No “...”
threads", "any more “...” threads": no one's words, the kind of thread a rule bans)."""
_THREAD_AFTER = lazy_pattern(r"[ ](?:[a-z]+[ ])?(?:mega)?threads?\b")
"""The thread, perhaps with one word of its kind, right after the marks ("announcement thread")."""
_NAME_WORDS = 5


def coined_name(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside the marks) are a short capitalised name someone gives a
    thing ("what he is calling “Harbour rolls”"), or a short name for a piece of music ("a
    motif ..., which he calls “the sofa theme”"): a name, no one's quote."""
    inner = text[start:end].strip()
    if len(inner.split()) > _NAME_WORDS or inner[-1:] in ".!?,":
        return False
    piece_name = inner[:1].isupper() or inner.startswith("the ")  # not "their argument"
    if piece_name and _PIECE_CALLED.search(text, max(start - 1 - _PIECE_REACH, 0), start - 1):
        return True  # "a motif ..., which he calls “the sofa theme”"
    if _PIECE_NAME.fullmatch(inner) and _CALLED.search(text, max(start - 1 - _REACH, 0), start - 1):
        return True  # "a recurring figure, which he calls “the harbour theme”"
    window = text[max(start - 1 - _REACH, 0) : max(start - 1, 0)]
    named = inner.startswith("the ") and any(v in window for v in ("call", "nicknamed", "dubbed"))
    if named and _OWN_NICKNAME.search(window):
        return True  # "we started calling the van “the office”"
    if not inner[:1].isupper():
        return False
    return _COINED.search(text, max(start - 1 - _REACH, 0), max(start - 1, 0)) is not None


def titled_thread(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside the marks) are a thread's title (see above)."""
    return (
        _THREAD_AFTER.match(text, after_close(text, end)) is not None
        and _THREAD_BEFORE.search(text, max(start - 8, 0), max(start - 1, 0)) is not None
    )
