"""Words a speaker quotes from others inside their own quotation, told as an exchange ("“Ada
asked me, ‘Can we stop?’ And I said, ‘Not yet.’”"): each line is a quote of its own, the named
person's, or the teller's after "I said" / "I told him". Only a frame that names who spoke gives
a line out (never "he said", "my editor told me"), and only when two lines are told so in one
quotation: a single line quoted within a quote ("X told me, ‘...’, and I did") is listed by some
outlets' conventions and not by others, so it stays within its quote. The outer quotation stays
its own speaker's."""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_FRAME = lazy_pattern(
    r"(?:^|(?<=[.!?,][ ])|(?<=[Aa]nd[ ])|(?<=[Tt]hen[ ])|(?<=[Bb]ut[ ]))"
    rf"(?P<who>I|(?!(?:And|But|Then|So|I|He|She|They|We|You|It)\b){NAME})[ ]"
    r"(?:(?P<told>told|asked)[ ](?P<obj>me|him|her|them)|(?:turned[ ]to[ ](?P<turned>me)[ ]and[ ])?"
    r"(?:said|went)(?:[ ]to[ ](?P<to>me))?)"
    r"(?:[ ](?:on|at|in|after|before|during|over)[ ][^,:;‘’“”\"]{1,30})?[,:][ ]"
    r"‘(?P<words>[^‘’]+?(?:’\w[^‘’]*?)*[,.!?…])’(?!\w)"
)
"""A frame and the single-quoted words it gives, whole: they close after their own stop or comma
(an apostrophe inside a word, as in "don’t", closes nothing)."""


def with_inner_quotes(doc: Doc, resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` with the lines of each served quotation's told exchange set after it, where
    a sure frame names who said each; the teller's own reply only after such a line."""
    out: list[QuoteFact] = []
    for fact in quotes:
        out.append(fact)
        if not fact.served or "‘" not in fact.text:
            continue
        offset = doc.text.find(fact.text)
        said: list[QuoteFact] = []
        for match in _FRAME.finditer(fact.text):
            if match["who"] == "I" and not said:
                continue  # "and I said, ‘...’" after a question told in its own words: no reply
            inner = _inner_fact(resolver, fact, match["who"], match, offset + match.start())
            if inner is not None:
                said.append(inner)
        if len(said) > 1:
            out.extend(said)  # an exchange told whole; one line alone is left in its quote
    return out


def _inner_fact(
    resolver: Resolver, outer: QuoteFact, who: str, match: re.Match[str], offset: int
) -> QuoteFact | None:
    """The inner words' fact: the teller's after "I said" / "I told him", the named person's
    when they spoke to the teller ("X told me"), none otherwise."""
    words = match["words"].rstrip(",")
    attribution = match.group()[: match.start("words") - match.start() - 1].rstrip(" ,:")
    if who == "I":
        if match["obj"] == "me" or match["to"] or outer.source is not SourceKind.PERSON:
            return None
        return QuoteFact(words, outer.speaker, outer.source, attribution)
    if match["obj"] not in {None, "me"}:
        return None  # "X told him, ‘...’": the teller passes on what was said to another
    speaker = resolver.who(who, offset, attribution)
    if speaker is None or speaker.source is not SourceKind.PERSON or speaker.name == outer.speaker:
        return None
    return QuoteFact(words, speaker.name, speaker.source, attribution)
