"""Names in company with a sentence's own pronoun subject, for
:mod:`bot.extract.speaker_antecedents`: "He will walk the carpet with Ada Vale and the rest of the
cast." names Vale as company, not as whom a later "he says" stands for; the sentence is about
the one "he" already stood for, so the search looks further back for him."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OPENS = lazy_pattern(
    r"(?:(?:And|But|So|Then|Now|Later),?[ ])?(?P<who>He|She)[ ]"
    r"(?:[a-z]+ly[ ])?(?!(?:is|was|are|were)[ ])(?:will|would|has|had|can|could|[a-z]+s|[a-z]+ed)"
    r"\b"
)
"""A sentence opening on its pronoun subject and a verb other than a copula ("He will walk",
"She shares"), never "She was born Ada Vale" (her own name)."""
_COMPANY = lazy_pattern(r"\b(?:with|alongside|opposite|beside|and|to|by|for|against|among)[ ]")
"""A word putting the names after it in the subject's company: "with", "opposite"."""
_CLAUSE_BREAK = lazy_pattern(
    r"[;:]|,[ ](?:and|but|while|whereas|as|so|though|although|when|where|who)\b|[ ]but[ ]"
    r"|\b(?:he|she|they)[ ]|\b(?:says|said|told|tells|adds|added|insists|recalls)\b"
)
"""Where a new clause, or someone's words, begins: a name after it may be its subject."""


def object_of_own_pronoun(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """The name ``raw`` at ``at`` is company in the first clause of a sentence whose subject is
    ``pronoun`` ("She shares the bill with Tom Reed"): never the pronoun's person. Not "He met
    Tom Reed, and Reed said ..." (a new clause) nor "She was born Ada Vale" (her own name)."""
    if pronoun not in ("he", "she") or not raw[:1].isupper() or raw.lower() in ("he", "she"):
        return False
    opens = _OPENS.match(chunk)
    if opens is None or opens["who"].lower() != pronoun or at < opens.end():
        return False
    company = _COMPANY.search(chunk, opens.end(), at)
    return company is not None and _CLAUSE_BREAK.search(chunk, opens.end(), at) is None
