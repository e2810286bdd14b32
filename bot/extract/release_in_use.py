"""A title stated in the plain present ("it is called Lanterns") is the name the article already
uses, not news of one, unless the article's top is about a name ("Lanterns film gets a name") or
the sentence says the name is now official ("It's official: the film is called Lanterns",
"the film is officially titled Lanterns") or glosses it as a name ("..., a title confirmed in
May")."""

from __future__ import annotations

from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_TITLE_NEWS = lazy_pattern(r"(?i)\b(?:titles?|titled|called|named|names?|renamed|retitled)\b")
"""Words of a title's news in the article's top."""
_OFFICIAL = lazy_pattern(
    r"^\W*(?:[Ii]t['’]s|[Ii]t[ ]is|[Ii]t['’]s[ ]now|[Ii]t[ ]is[ ]now)[ ]official(?:ly)?\b"
    r"|\bofficially[ ](?:called|titled|named|entitled)\b"
)
"""A naming told as newly official, at the sentence's start or just before the name."""
_NAME_GLOSSED = lazy_pattern(r",[ ]an?[ ](?:title|name)\b")
"""The name glossed as a name right after it ("It is called Lanterns, a title the streamer
confirmed in May", "..., a name the author chose"): the sentence is about the naming."""


def in_use(doc: Doc, title: str, start: int, sentence: str) -> bool:
    """The title is the name the article already used, and neither its top (lede and headline)
    nor the sentence is news of a title."""
    if "official" in sentence and _OFFICIAL.search(sentence):
        return False
    at = sentence.find(title)
    if at >= 0 and _NAME_GLOSSED.match(sentence, at + len(title)):
        return False
    top = doc.paras[doc.title_para].end if doc.title_para is not None else doc.paras[0].end
    return title in doc.text[:start] and _TITLE_NEWS.search(doc.text, 0, top) is None
