"""Words that open by reporting another ("She said, ‘...’", "He told me ...") are the teller's.

The one the inner pronoun stands for is the person the words are about, most often the very
one named just before, whom an attribution that only says whose the message was would
credit: "Vale passed on a message from Orr: “She said, ‘Tell them thanks.’”" is Vale's, not
Orr's. A named teller ("Vale said: “He said ...”") keeps such words, as does a speaker named
nowhere near before them; the rest, and what goes on from them, are no one's.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_REPORTS = lazy_pattern(r"[‘'\"]?(?:He|She)[ ](?:said|says|told|tells)\b")
"""Words opening on a third person's speech: "She said, ", "He told me"."""
_RELAYED = lazy_pattern(
    r"\b(?:message|note|letter|text|email|card|voicemail|statement|video|word)s?[ ]from[ ]"
)
"""An attribution that only says whose the message was ("a message from Orr"); not a teller "of"
someone ("A pal of the star told us": the pal tells what "she" said), nor a speaker somewhere
("Orr, speaking from her home, said": Orr tells it)."""


def told_reports(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each credited quote opening on another's reported speech, unless a named teller said it
    or its speaker is named nowhere near before it, left to no one, with the words that go on
    from it."""
    return unsaid_with_runs(
        quotes,
        lambda fact: bool(
            fact.speaker
            and _REPORTS.match(fact.text)
            and _weak(fact.attribution)
            and _named_just_before(doc, fact)
        ),
    )


def _named_just_before(doc: Doc, fact: QuoteFact) -> bool:
    """The speaker's surname stands in the sentence before the words or in their own lead: the
    one the inner pronoun most likely stands for."""
    start = doc.text.find(fact.text)
    if start < 0:
        return False
    lead = doc.sentence_at(start).start
    before = doc.sentence_at(lead - 1).start if lead > 0 else lead
    return fact.speaker.rsplit(" ", 1)[-1] in doc.text[before:start]


def _weak(attribution: str) -> bool:
    """An attribution that only says whose the message was; none, or a pronoun's ("she says"),
    is left to the resolver, which may know the teller."""
    return _RELAYED.search(attribution) is not None
