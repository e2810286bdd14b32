"""A fan's joke voice: a post or a reply saying "the composer really said “cry now, ask
questions later”", or a fan's own quotation holding "she really says ‘no happy endings’". The
words sum up what the person or the work did, in the internet's way of putting a line in
someone's mouth; no one said them, so they are held, whoever the sentence names. Only a fan's
voice jokes so: the paragraph names a handle, a fan, a user or a post before the marks, a
thread's comment header line heads it, or the marks sit inside a fan's quotation. In news copy
("Asked if she would return, Lund really said: “...”") "really said" is an earnest report of
words said, and is left alone."""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_JOKE_SAID = lazy_pattern(r"\breally[ ](?:said|says)[ ]*[,:]?[ ]*$")
_FAN_VOICE = lazy_pattern(
    r"(?<![\w@/])(?:@|u/)[A-Za-z0-9_]{2}"
    r"|(?<!by[ ]a[ ])(?<!from[ ]a[ ])\b(?:[Ff]an|[Uu]ser|[Cc]ommenter|[Pp]oster|[Rr]epl(?:y|ies)|"
    r"[Pp]ost|[Tt]weet|[Tt]hread)\b(?![-’'])(?![ ](?:asked|asks|question|questions)\b)"
    r"|\b(?:posted|tweeted|replied|commented|skeeted)\b"
)
"""A fan's post named: a handle ("@fan", "u/fan"), a fan, a user, a reply or a post; never a
word's first half ("post-credits", "fan-made") nor a fan who puts a question to the person
("asked by a fan", "a fan asked"), news copy of an answer."""
_HEADER_LINE = lazy_pattern(r"[>↳ ]*(?:u/|@)[A-Za-z0-9_]{2}")
"""A thread's comment header, a line opening on the poster's handle ("u/fan · 2k points")."""
_REACH = 24


def held_if_joke(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when "really said" leads straight into its marks in a fan's voice."""
    if not fact.served:
        return fact
    opens = quote.start - 1  # the opening mark
    if _JOKE_SAID.search(text, max(opens - _REACH, 0), opens) is None:
        return fact
    para_start = text.rfind("\n", 0, opens) + 1
    before = text[para_start:opens]
    nested = before.count("“") > before.count("”")
    header = _HEADER_LINE.match(text, text.rfind("\n", 0, max(para_start - 1, 0)) + 1)
    if not nested and header is None and _FAN_VOICE.search(before) is None:
        return fact
    return held(fact, "a joke line put in someone's mouth, not words they said")
