"""Whose words a fragment reports without a speech pattern, for :mod:`bot.extract.quote_facts`: the
subject of the reporting verb nearest the quote ("X has lifted the lid, admitting he was ‘...’";
"X, who said ‘...’"), split out of :mod:`bot.extract.speakers`."""

from __future__ import annotations

from bot.extract.attribution import REPORTING, WITH_WHO, who_before
from bot.extract.gap_sayers import gap_sayer
from bot.extract.names import NAME
from bot.extract.speaker_clause_subjects import own_clause_subject_unplaced
from bot.extract.speakers import TEXT_RE, Resolver, Speaker
from bot.extract.staff_orgs import staff_firm
from bot.extract.subjects import clause_subjects
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_WHAT_SOMEONE = lazy_pattern(r"\bwhat[ ][A-Z][^,.;:“”\"]{0,40}[ ]$|\b[a-z]+,?[ ]who[ ]$")
"""A sayer named right before the verb ("in what Harrow TV describes as ‘...’") or a noun's
"who" (a part: "X plays a ferryman who calls everyone ‘...’"): if that is no one we can place,
the words are no one's, never the sentence's subject's."""
_NEGATED = lazy_pattern(r"\b(?:not|never|yet[ ]to)[ ](?:[a-z]+[ ])?$")
"""A reporting verb said not to have happened ("has not announced", "never confirmed")."""
_VERB_IN_NAME = lazy_pattern(r"[a-z]+[ ](?:[a-z-]+[ ])+?[a-z]+(?:ed|s)[ ][a-z]")
"""An unnamed someone read on into its clause's verb and object ("the actor suggested viewers"):
no descriptor, so no proof the clause opens on its own sayer."""
_CLEFT = lazy_pattern(
    r"\b[Ii]t(?:[ ](?:is|was)|[’']s)[ ](?:(?:actually|really|only|just)[ ])?"
    rf"(?P<denied>not[ ])?(?P<name>{NAME})(?:[ ](?:himself|herself|themselves))?[ ](?:who|that)[ ]$"
)
"""A cleft picking out who reports ("it was Vale who told them she was ‘...’", "it’s actually
Vale that"): the one picked out, never the subject of the clause before ("X kept quiet; it was
Vale who ..."); a denied one ("it was not Vale who") leaves the teller unnamed."""
_BUT = lazy_pattern(r",?[ ](?:but|though|although|while)[ ]")


def reporter(resolver: Resolver, pre: str, offset: int) -> Speaker | None:
    """The subject of the reporting verb nearest the quote in ``pre``; "what X described as
    ‘...’", X unknown: unattributed, not the subject's; with no such verb, a text the sentence
    is about ("the streamer's logline has X learning ‘...’")."""
    verbs = list(REPORTING.finditer(pre))
    if not verbs:
        subjects = clause_subjects(pre)
        if not subjects or TEXT_RE.fullmatch(subjects[-1][1]) is None:
            return None
        return resolver.who(subjects[-1][1], offset, "")
    verb = verbs[-1]
    if _NEGATED.search(pre, 0, verb.start()) is not None:
        # "The BBC has not announced a date, but one crew member expected it “...”": the one
        # who did not announce said nothing; the later clause's someone who opens it
        later = _BUT.search(pre, verb.end())
        rest = pre[later.end() :] if later is not None else ""
        found = resolver.subject(rest, offset - len(rest), people_only=True) if rest else None
        opener = found.name.lower() if found is not None and found.name else "\n"
        if found is not None and _VERB_IN_NAME.match(found.name) is not None:
            found = None  # "but the actor suggested viewers could expect it": not a sayer's name
        if found is not None and rest.lower().startswith((opener, "one ", "another ")):
            return found  # the later clause opens on its own sayer
    joined = WITH_WHO.search(pre, 0, verb.start()) or gap_sayer(pre, *verb.span())
    if joined is not None:  # "with one buyer describing the script as ‘...’"
        return resolver.who(joined["who"], offset, "")
    # "Lumen showed a teaser, the cast confirmed it is ‘...’": no one's, never Lumen's
    if own_clause_subject_unplaced(resolver, pre, verb.start(), offset):
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    cleft = _CLEFT.search(pre, 0, verb.start())
    if cleft is not None and cleft["denied"]:
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    who = who_before(pre, verb.start()) or cleft
    if who is not None or _WHAT_SOMEONE.search(pre, 0, verb.start()) is not None:
        if who is not None and (firm := staff_firm(pre, who, "")) is not None:
            return firm  # "Analysts at X said": the firm X
        named = resolver.named(who["name"]) if who is not None else None
        return named or Speaker("", SourceKind.UNATTRIBUTED, "")
    return resolver.subject(pre[: verb.start()], offset - len(pre))
