"""Words an actor's part says, the part named after the actor's possessive: the work's line.

"As Ada Vale's Marlo Dunn puts it, “...”" and "Ada Vale's wonderful Dessa says “...”" quote a
character, whom the actor's possessive names: the resolver may take the part for the speaker,
but no one said the words off screen. A person after the possessive ("Ada Vale's co-star Ivo
Reed says", "Ada Vale's husband Tom Reed said") is a real speaker: a job, a crowd or a relation
between the possessive and the name keeps the quote as it was.

Held for review, never served as the part's or the actor's quote.
"""

from __future__ import annotations

from bot.extract.lexicon import RELATION
from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.subjects import CROWD_NOUN, PERSON_NOUN
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_PART_SAYS = lazy_pattern(
    r"\b[A-Z][\w-]+[ ][A-Z][\w-]+[’']s[ ]"
    rf"(?:(?!(?:{PERSON_NOUN}|{CROWD_NOUN}|{RELATION}|agent|publicist|lawyer)\b)[a-z-]+[ ]){{0,2}}"
    r"(?P<part>[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?)[ ]"
    r"(?:puts[ ]it|put[ ]it|says|said|tells[ ]\w+|told[ ]\w+|declares|declared)[ ]*[,:]?[ ]*$"
)
"""An actor's full name and possessive, a word or two of praise, the part, then its saying,
right before the words: "as Ada Vale's brilliant Marlo Dunn puts it, “"."""
_REACH = 100


def held_if_possessed_part(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when an actor's part, named after the actor's possessive, says it and the
    quote has no speaker or the part for one."""
    if not fact.served:
        return fact
    sentence = doc.sentence_at(quote.start).start
    start = max(sentence, quote.start - 1 - _REACH)
    said = _PART_SAYS.search(doc.masked, start, max(start, quote.start - 1))
    if said is None:
        return fact
    if faceless(fact) or fact.speaker == said["part"]:
        return held_line(fact)
    return fact
