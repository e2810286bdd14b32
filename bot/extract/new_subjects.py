"""Two quotations in one sentence with a clause between them that has a subject of its own
(", while the other critic called it “...”"): the second is not the first speaker's going on."""

from __future__ import annotations

from bot.extract.interview_answers import mentions
from bot.extract.speakers import Speaker
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_NEW_SUBJECT = lazy_pattern(
    r"(?:,[ ](?:(?P<added>and|though|although|which)|while|whereas|but)|;)[ ]"
    r"(?:the|an?|one|another|[A-Z]\w*)[ ]"
    r"|(?:[–—]|,)[ ](?:a|an|the)[ ](?:[a-z]+[ ]){1,3}?(?:he|she|they)[ ]"
)
"""", while the other critic called it “...”", ", though one critic muttered that it was “...”",
", which Y put another way: “...”", " – a line he jokingly calls “...”": a clause with a subject
of its own, not the quote before's speaker going on."""
_CLOSING = frozenset("”’\"'")


def new_subject(
    doc: Doc, before: Quote, said: QuoteFact, quote: Quote, own: Speaker | None
) -> bool:
    """A clause with a subject of its own since the quote before, and no one it names by name:
    not the earlier speaker going on (nor the one a bare "the critic" finds nearest)."""
    between = doc.masked[before.end : quote.start]
    if doc.text[before.end - 1 : before.end] == "," and between[:1] in _CLOSING:
        between = "," + between[1:]  # "“... no,” which Y put another way": the comma inside
    clauses = [  # not ", which X has yet to reveal, and dodged ... “...”": that clause closed
        clause
        for clause in _NEW_SUBJECT.finditer(between)
        if clause["added"] is None or "," not in between[clause.end() :]
    ]
    if not clauses:
        return False
    clause = clauses[-1]  # the last such clause is the one the quote belongs to
    if own is None:  # an unnamed sayer before keeps what "and one insider added" gives it
        return said.source is not SourceKind.UNNAMED or clause["added"] is None
    same = own.source is SourceKind.PERSON and own.name == said.speaker
    return same and not mentions(own.name, between[clause.start() :])
