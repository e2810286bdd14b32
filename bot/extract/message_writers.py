"""A message read out or passed on, then quoted: "Ada Vale, who could not attend, sent a note
that Tom Reed read out. “I’m sorry I can’t be there,” it began." The words after "it began" are
the message's, so its sender's, never whoever read it aloud or the sentence before's last
subject."""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.facts import SourceKind

_TEXT_SPEAKS = re.compile(
    r"[,.!?]?[ ]*it[ ](?:began|begins|read|reads|ran|runs|went[ ]on|goes[ ]on|continued|"
    r"continues|opened|opens|closed|closes|ended|ends|concluded|concludes)\b"
)
"""A text as the one that speaks, right after the closing mark: "”, it began."."""
_SENDER = re.compile(
    rf"(?:^|[.!?][ ]+)(?P<name>{NAME})(?:,[ ][^,“”\"]{{1,80}},)?[ ](?:had[ ])?"
    r"(?:sent|wrote|left|recorded|posted)[ ](?:a|an)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:message|note|letter|email|e-mail|text|statement|video)\b"
)
"""The sentence before naming the sender: "Vale, who was unable to attend, sent a message"."""


def message_writer(doc: Doc, resolver: Resolver, quote: Quote, post: str) -> Speaker | None:
    """The sender of the message ``quote`` opens ("”, it began"), named in the sentence before;
    ``None`` when there is none, or the words after the quote do not make a text its speaker."""
    if _TEXT_SPEAKS.match(post) is None:
        return None
    sentence = doc.sentence_at(quote.start)
    before = [s for s in doc.sentences if s.end <= sentence.start and s.para == quote.para]
    if not before:
        return None
    start = before[-1].start
    sender = _SENDER.search(doc.masked[start : before[-1].end])
    found = resolver.who(sender["name"], start + sender.start("name"), "") if sender else None
    if found is None or found.source is not SourceKind.PERSON:
        return None
    return Speaker(found.name, found.source, post.strip(" ,.!?"))
