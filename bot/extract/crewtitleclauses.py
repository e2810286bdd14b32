"""A credit in the clause on a title after "in" or "for", for :mod:`bot.extract.crewotherworks`.

Profiles, trailer round-ups and casting news name another work someone was in and give its maker
in the clause after its title: "she played a nurse in Tin Hollow, which was directed by Ewan
Brisk", "the trailer for Tin Hollow, starring Ada Vale and directed by Ewan Brisk", "he is in
Brass & Gate, which stars Ada Vale and was directed by Ewan Brisk", "in Tin Hollow, the war film
directed by Ada Vale and Ewan Brisk", "voiced a fox in Lowmoor's Tin Hollow, directed by Ewan
Brisk" (invented examples; the maker's possessive is not the title). The title is read as a
work only after "in" or "for", where a person's name hardly stands before a credit; the caller
drops the credit when the title is not the article's own, and asks only where the article's own
titles are known (or, for a title after a maker's possessive, its headline's words). A title
opening a sentence is left alone: the words found as the article's own may be a podcast's or an
outlet's, and "Our Title, written by X" opens many a profile's sentence.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.cues import occurrences
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME, WORK_TITLE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_PARTICIPLE = r"(?:directed|written|created|produced|shot|scored)"
_CLAUSE_CREDIT = lazy_pattern(
    r"\b(?:[Ii]n|[Ff]or)[ ](?P<owner>[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[’'](?:s)?[ ])?"
    rf"(?P<work>{WORK_TITLE}(?:[ ]&[ ]{WORK_TITLE})?),[ ]"
    rf"(?:(?:the|an?)[ ](?:[a-z][\w-]*[ ]){{0,3}}?(?:{GENRE_NOUNS}|mystery|feature|sequel)[ ])?"
    r"(?:(?:which|that)[ ](?:stars|starred|features|featured)[ ][^;:.]{1,100}?[ ]and[ ]"
    r"(?:was|is)[ ]|starring[ ][^;:.]{1,100}?[ ]and[ ]|which[ ](?:was|is|has[ ]been)[ ])?"
    rf"(?:{_PARTICIPLE}[ ]by[ ]{NAME}[ ]and[ ])?{_PARTICIPLE}[ ]by[ ]"
    rf"(?:{NAME}[ ](?:and|&)[ ])?$"
)
"""A title after "in" or "for", then its clause's credit right before the name: "in Tin Hollow,
directed by ", "in Brass & Gate, which was directed by ", "for Tin Hollow, starring Ada Vale and
directed by ", "in Brass Gate, which stars Ada Vale and was directed by ", "in Tin Hollow, the
war film directed by Ada Vale and " (a gloss only of a work's kind: "in Brisk, the film is
directed by" is no title's clause), and a second credit joined to the first: "in Tin Hollow,
written by Ada Vale and directed by "."""


def title_clause_credit(fact: CrewFact, context: Context) -> bool:
    """Whether the credit sits in the clause on a title after "in" or "for" that is not the
    article's own: "she played a nurse in Tin Hollow, which was directed by X"."""
    if not (context.ours or context.headline) or " by " not in fact.evidence:
        return False
    shown = fact.name if fact.name in fact.evidence else fact.name.rsplit(" ", 1)[-1]
    for at in occurrences(shown, fact.evidence):
        match = _CLAUSE_CREDIT.search(fact.evidence, max(at - 240, 0), at)
        if match is None or not (context.ours or match["owner"]):
            continue  # "Set in Harrowby, the coastal drama directed by X": a place, maybe
        if not ours(match["work"], context):
            return True
    return False
