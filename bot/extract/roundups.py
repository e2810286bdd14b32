"""The "other news" sections of a round-up or newsletter, for :mod:`bot.extract.context`.

A newsletter puts its main story first and gathers other shows under a heading of its own line
in capitals: "ALSO THIS WEEK", "ELSEWHERE", "IN OTHER NEWS", "IN BRIEF", "MORE FROM THE WEEK".
What those paragraphs cast, credit or date belongs to the other shows, up to the next heading in
capitals that is not one of these ("THE BIG ONE").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.page_entries import CAPS_HEADING, sections_under
from bot.extract.page_subjects import apposed_other_works, other_work_paragraphs
from bot.extract.text import Doc, Span
from bot.lazy_patterns import lazy_pattern

_OTHER_NEWS = lazy_pattern(
    r"\b(?:ALSO|ELSEWHERE|OTHER[ ](?:NEWS|SHOWS|STORIES)|IN[ ]BRIEF|MORE[ ](?:NEWS|FROM|TO)|"
    r"ROUND-?UP|QUICK[ ]HITS|BITS[ ]AND[ ]BOBS|ODDS[ ]AND[ ]ENDS)\b"
)
_OTHER_NEWS_WORDS = ("ALSO", "ELSEWHERE", "OTHER ", "IN BRIEF", "MORE ", "ROUND", "QUICK HITS",
                     "BITS AND BOBS", "ODDS AND ENDS")  # fmt: skip
"""Each heading above holds one of these: substring tests rule most pages out at once."""


def other_news_heading(line: str) -> bool:
    """The heading gathers other shows' news ("ALSO ON OUR RADAR", "Elsewhere", "In brief"), in
    capitals or not; for a numbered newsletter's items (:mod:`.page_others`)."""
    upper = line.upper()
    return any(word in upper for word in _OTHER_NEWS_WORDS) and bool(_OTHER_NEWS.search(upper))


def roundup_sections(doc: Doc) -> list[int]:
    """Starts of the sentences under an "other news" heading in capitals."""
    text = doc.text
    others = other_work_paragraphs(doc) + apposed_other_works(doc)
    if not any(word in text for word in _OTHER_NEWS_WORDS) or _OTHER_NEWS.search(text) is None:
        return others

    def heading(para: Span, _other: bool) -> bool | None:
        if not CAPS_HEADING.fullmatch(doc.text, para.start, para.end):
            return None
        return _OTHER_NEWS.search(doc.text[para.start : para.end]) is not None

    return sections_under(doc, heading) + others


_NUMBERED = lazy_pattern(r"[ ]*(?:\d{1,2}[.)]|\#{1,4})[ ]+")
"""A numbered item's or a marked-up heading's mark: "2. ", "## "."""
_TRAILING_NOTE = lazy_pattern(r"[ ]*\([^()]{1,40}\)[ ]*$")
_HEADING_WORD = lazy_pattern(r"[A-Z0-9][\w’'&-]*|of|the|and|a|an|in|on|to|for|at|&|[-–—|·]")
_HEADING_WORDS = 8
_LOOK_AHEAD = 600
_PROSE = 60
_CUE_REACH = 30
_WORK_BEFORE = lazy_pattern(rf"(?:[’']s|\b(?i:{GENRE_NOUNS}))[ ](?:(?i:the|new|hit)[ ])?$")
"""Words before a work's name: "ITV’s Salt Harbour", "the drama Salt Harbour" (a person's
name is not written so)."""
_LONGER_NAME = lazy_pattern(r"[ ][A-Z][a-z]")
"""After the heading's name in the prose, another capitalised word: the name is the start of a
longer one ("Mira" in "Ada Vale's Mira Holt", a person's part), not the whole of a work's."""
_NO_HEADING = lazy_pattern(
    r"(?i:by|image|photo|credit|source|read|share|related|updated|published)\b"
)
_LABEL_WORD = lazy_pattern(r"[A-Za-z][\w’'-]*")


def titled_sections(doc: Doc, known: Callable[[str], bool]) -> list[int]:
    """Starts of the sentences under a heading line that names another work.

    A round-up sets each show under a line of its own ("Salt Harbour", "2. WATCH THIS: NIGHT
    FERRY (Channel 5)"). Such a line opens another work's section when its name (after a
    numbered item's label and colon) has no word of this article's work and, without a label,
    the section goes on to name it as a work ("ITV’s Salt Harbour"); a heading naming the
    article's work (``known``) opens its own, as does a numbered item naming nothing. Other
    lines ("STARRING", a person's name) change nothing.
    """

    def heading(para: Span, _other: bool) -> bool | None:
        line = doc.text[para.start : para.end].strip().strip("*_")  # "**Salt Harbour**"
        if not line or line[-1] in '.!?,;”"’' or _NO_HEADING.match(line):
            return None
        numbered = _NUMBERED.match(line)
        if numbered is not None:
            line = _TRAILING_NOTE.sub("", line[numbered.end() :])
        label, colon, name = line.rpartition(": ")
        words = name.split()
        if not words or len(words) > _HEADING_WORDS or len(label.split()) > _HEADING_WORDS:
            return None
        if not all(_HEADING_WORD.fullmatch(w) for w in words):
            return None
        names = [w for w in words if w[:1].isalpha() and w.capitalize() not in STOP_TOKENS]
        if not names or (colon and numbered is None):
            return None
        if any(known(w) or known(w.capitalize()) for w in names):  # "1. LUMEN GETS A TITLE"
            return False
        if colon:  # "2. WATCH THIS: NIGHT FERRY"; "1. LUMEN: THE LAST CHAPTER" is ours
            own = (w for w in _LABEL_WORD.findall(label) if w.capitalize() not in STOP_TOKENS)
            return not any(known(w) or known(w.capitalize()) for w in own)
        named = _named_after(doc, para, name)
        return named if named or numbered is None else False  # "3. FROM THE MAILBAG": a new item

    return sections_under(doc, heading)


def _named_after(doc: Doc, para: Span, name: str) -> bool | None:
    """Whether the prose after a bare heading names it as a work ("Salt Harbour" ... "ITV’s Salt
    Harbour starts filming"): a work's name, not a person's or a word like "Cast"."""
    after = doc.text[para.end : para.end + _LOOK_AHEAD]
    first = after.lstrip("\n").split("\n", 1)[0].rstrip()
    if len(first) < _PROSE or not first.endswith("."):
        return None  # a list's line ("Ada Vale (Mira)"), not a heading over prose
    if name.isupper():
        name, after = name.lower(), after.lower()
    at = after.find(name)
    while at >= 0:
        longer = _LONGER_NAME.match(after, at + len(name)) is not None
        if not longer and _WORK_BEFORE.search(after, max(at - _CUE_REACH, 0), at):
            return True
        at = after.find(name, at + 1)
    return None
