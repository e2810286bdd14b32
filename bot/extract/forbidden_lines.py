"""Words a rule tells readers not to post: a forum's "Please don't post “...”", "Stop asking
“...” in every thread", "Do not comment “...”". The marks show the kind of post that is banned,
not words anyone said, whoever the rule's author is. So do posts of a kind, with one for
example: "even titles like “...”", and words put in a title ("“...” in a title is a spoiler",
"“...” as a thread title gets removed"): a wording shown as an example."""

from __future__ import annotations

from bot.extract.owned_lines import after_close
from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_BANNED = lazy_pattern(
    r"\b(?:[Dd]on[’']t|[Dd]o[ ]not|[Nn]ever|[Ss]top|[Nn]o[ ]more)[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:post|posting|ask|asking|comment|commenting|tweet|tweeting|reply|replying|spam|"
    r"spamming|type|typing)[ ]$"
)
"""A ban on a kind of post, right before the marks."""
_KIND_LIKE = lazy_pattern(
    r"\b(?:titles|headlines|posts|threads|comments|captions|replies|messages|tweets)[ ]"
    r"(?:like|such[ ]as)[ ]$"
)
"""Posts of a kind, one given as its example ("Yes, even titles like “...”")."""
_IN_A_TITLE = lazy_pattern(
    r"[,]?[ ](?:in|as)[ ](?:a|an|your|any|their)[ ](?:(?:post|thread)[ ])?"
    r"(?:title|headline|subject[ ]line|username|flair)s?\b"
)
"""Where the words in marks would go, right after them: any title or username, not "the title"
(the work's own) nor "a post" (where a quote was posted: "called it “...” in a post")."""
_REACH = 40
EXAMPLE_WORDING = "a wording shown as an example"
"""The doubt on words in marks shown as an example of a wording, said by no one."""


def held_if_banned(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks follow a ban on posting them (see :data:`_BANNED`), or,
    credited to no one, give an example of a kind of post (:data:`_KIND_LIKE`) or of what goes
    in a title or a post (:data:`_IN_A_TITLE`)."""
    if not fact.served or not quote.closed:
        return fact
    start = max(quote.start - 1 - _REACH, 0)
    if _BANNED.search(text, start, quote.start - 1) is None and (
        not faceless(fact)
        or (
            _KIND_LIKE.search(text, start, quote.start - 1) is None
            and _IN_A_TITLE.match(text, after_close(text, quote.end)) is None
        )
    ):
        return fact
    return held(fact, EXAMPLE_WORDING)
