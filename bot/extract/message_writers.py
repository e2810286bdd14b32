"""A message read out or passed on, then quoted: "Ada Vale, filming abroad, had left a note
that Tom Reed read out. “Sorry to miss the party,” it began." The words after "it began" are
the message's, so its sender's, never whoever read it aloud or the sentence before's last
subject: when that sentence only reads a text out or passes on one received from someone else,
with no sender named, the words are no one's."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote, Span
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_TEXT_SPEAKS = lazy_pattern(
    r"[,.!?]?[ ]*it[ ](?:began|begins|read|reads|ran|runs|went[ ]on|goes[ ]on|continued|"
    r"continues|opened|opens|closed|closes|ended|ends|concluded|concludes)\b"
)
"""A text as the one that speaks, right after the closing mark: "”, it began."."""
_FROM_ANOTHER = r"[ ](?:from|by|of)[ ]|[^.!?]*\b(?:received|got)[ ]from[ ]"
"""After a text's noun: whose text it is, someone else's ("a letter he received from a fan")."""
_SENDER = lazy_pattern(
    rf"(?:^|[.!?][ ]+)(?P<name>{NAME})(?:,[ ][^,“”\"]{{1,80}},)?[ ](?:had[ ])?"
    r"(?:sent|wrote|left|recorded|posted)[ ](?:a|an)[ ](?:[\w’'-]+[ ]){0,2}?"
    rf"(?:message|note|letter|email|e-mail|text|statement|video)\b(?!{_FROM_ANOTHER})"
)
"""The sentence before naming the sender: "Vale, who was unable to attend, sent a message"; not
one that passes on someone else's ("posted a letter from a young fan")."""
_RELAYED = lazy_pattern(r"\bread(?:s|ing)?[ ](?:out|aloud)\b|\b(?:received|got)[ ]from[ ]")
"""A sentence that only reads a text out or passes on one received from someone else."""


def relayed(doc: Doc, quote: Quote, post: str) -> bool:
    """Whether ``quote`` opens a text ("”, it began") that the sentence before only reads out or
    passes on ("X read out a note from his phone."): with no sender named, no one's words."""
    told = _told(doc, quote, post)
    return told is not None and _RELAYED.search(doc.masked, told.start, told.end) is not None


def message_writer(doc: Doc, resolver: Resolver, quote: Quote, post: str) -> Speaker | None:
    """The sender of the message ``quote`` opens ("”, it began"), named in the sentence before;
    ``None`` when there is none, or the words after the quote do not make a text its speaker."""
    told = _told(doc, quote, post)
    if told is None:
        return None
    start = told.start
    sender = _SENDER.search(doc.masked[start : told.end])
    found = resolver.who(sender["name"], start + sender.start("name"), "") if sender else None
    if found is None or found.source is not SourceKind.PERSON:
        return None
    return Speaker(found.name, found.source, post.strip(" ,.!?"))


def _told(doc: Doc, quote: Quote, post: str) -> Span | None:
    """The sentence before ``quote``'s, in its paragraph, when the words after the closing mark
    make a text the speaker ("”, it began.")."""
    if _TEXT_SPEAKS.match(post) is None:
        return None
    sentence = doc.sentence_at(quote.start)
    before = [s for s in doc.sentences if s.end <= sentence.start and s.para == quote.para]
    return before[-1] if before else None
