"""A "she says" that has stood for a named person is not handed to an unnamed spokesperson.

A profile quotes its subject as "she says" again and again; a sentence in between reports what
"a BBC spokesperson said" in passing. The next "“Sleep,” she says" is the subject's thread going
on, or at best unclear: a spokesperson, a representative or a source has no sex the article told,
so the pronoun is no evidence for them. The words (and the lines that continue them) are
credited to no one rather than to the spokesperson.
"""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_PRONOUN_LEAD = lazy_pattern(r"(?P<pronoun>[Ss]he|[Hh]e)[ ][a-z]")
_NEUTRAL_SOURCE = lazy_pattern(r"(?:^|[ ])(?:spokesperson|representative|rep|source|insider)$")
"""An unnamed voice whose word tells no sex ("Netflix spokesperson"; not "spokeswoman")."""


def neutral_sources_unsaid(quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Quotes a pronoun gave to a sexless unnamed source after the same pronoun stood for a named
    person, with the lines that continue them, credited to no one."""
    persons: set[str] = set()  # the pronouns that have stood for a named person
    out: list[QuoteFact] = []
    dropped: QuoteFact | None = None
    for fact in quotes:
        lead = _PRONOUN_LEAD.match(fact.attribution)
        pronoun = lead["pronoun"].lower() if lead else ""
        if dropped is not None and fact.continues_previous and fact.speaker == dropped.speaker:
            out.append(fact.unattributed())
            continue
        dropped = None
        if pronoun in persons and _neutral(fact):
            dropped = fact
            out.append(fact.unattributed())
            continue
        if pronoun and fact.source is SourceKind.PERSON:
            persons.add(pronoun)
        out.append(fact)
    return out


def _neutral(fact: QuoteFact) -> bool:
    return (
        fact.served
        and fact.source is SourceKind.UNNAMED
        and _NEUTRAL_SOURCE.search(fact.speaker) is not None
    )
