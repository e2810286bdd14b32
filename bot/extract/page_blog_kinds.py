"""A live blog's entry that opens on another work told by its kind before its name or set as a work
by an apposition after it (:data:`NAME_AS_WORK`), for :func:`.page_blog_entries.other_blog_entries`.

A festival's live blog gives each screening its own entry, and an entry on another film often
brings it in by its kind and only then its name, never by apposition: "16.40 The Irish
documentary Tin Acre drew a standing crowd", "Before the gala, the afternoon's Welsh-language
drama Cae Glas had its premiere", "Belgian feature Les Quais got a standing ovation" (invented
examples). The name right after the kind is a work's; when it is none of ours, what the entry
says next (its director, its cast, its date) is that work's. The kind must follow a determiner,
an owner or an adjective at the sentence's start, so that "the series director Ada Vale" (a
lower-case word after the kind) or a verb "to feature" ("it will feature Ada Vale") tells no
work.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_LEAD = (
    r"(?:^[ ]*(?:\d{1,2}[:.]\d{2}[ ]*[–—:|-]?[ ]*)?|(?<=,)[ ])"
    r"(?:(?:[Tt]he|[Aa]n?)[ ]|(?=[A-Z][\w-]*[ ](?:[\w-]+[ ]){0,2}?(?:feature|documentary|drama|"
    r"film|story)[ ]))"
)
"""Where the entry's subject starts: the sentence's start (after its time or not) or a comma's
clause ("Before the gala, the afternoon's drama ..."), then "the", "a", or a capitalised
adjective ("Belgian feature ..."); never a work inside an aside on someone ("best known as A in
the soap B") nor a verb's subject ("Netflix will feature ...")."""
KIND_THEN_NAME = lazy_pattern(
    rf"{_LEAD}(?:(?!(?:of|in|on|with|and|for|to|by|about|from|will|can|may)\b)[\w’'-]+[ ]){{0,3}}?"
    rf"(?:{GENRE_NOUNS}|feature|short|story)[ ](?P<quote>[“\"])?"
    r"(?P<title>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of|the|and|[a-z]{1,2}|[A-Z][\w’'-]*)){0,4})"
    r"(?(quote)[”\"])"
    r"(?=[ ](?:had|has|got|gets|drew|draws|was|is|screened|screens|opened|opens|played|plays|"
    r"premiered|premieres|closed|closes|won|wins|earned|earns|received|receives|went|goes)\b|,)"
)
"""The kind, then the name (quoted or not), then the entry's verb or an aside's comma: "The Irish
documentary Tin Acre, about ..., drew", "the drama Cae Glas had its premiere", "Over at the
Ritz, Cornish ghost story “Tin Acre” went down a storm"."""
_FEATURE = r"feature(?![ ](?:writer|editor|desk|page|story|interview))"
"""A feature film, not a paper's feature ("the feature writer Ada Vale")."""
WORK_NAME = r"(?P<title>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,4})"
"""A work's name in title case, up to five words ("The Harrow Ledger", "Tinderholt")."""
NAME_AS_WORK = (
    re.compile(
        rf"{WORK_NAME},[ ](?:the|a|an|(?:[A-Z][\w-]*[ ]){{0,2}}[A-Z][\w-]*[’']s)[ ]"
        r"(?:(?!of\b)[\w-]+[ ]){0,4}?"
        rf"(?:{GENRE_NOUNS}|saga|mystery|(?:period|costume|chamber)[ ]piece)(?![\w’'])"
    ),
    re.compile(
        rf"(?:^|[ ])an?[ ](?:(?!(?:of|in|on|with|and|for|to|by|about|from)\b)[\w’'-]+[ ]){{0,4}}?"
        rf"(?:{GENRE_NOUNS}|saga|mystery|{_FEATURE}),[ ][“\"]?{WORK_NAME}[”\"]?,[ ]"
    ),
    re.compile(
        rf"{WORK_NAME}[ ](?:is[ ]back|returns|comes[ ]back)[ ]for[ ](?:a[ ]"
        r"(?:second|third|fourth|fifth|sixth|new|final|last)[ ](?:season|series|run)\b"
        r"|(?:season|series)[ ](?:two|three|four|five|six|[2-9])\b)"
    ),
    re.compile(
        rf"(?<![\w’'-])(?i:{GENRE_NOUNS}|saga|mystery)[ ](?:up[ ])?next(?:[ ]up)?:[ ]{WORK_NAME}"
    ),
)
"""A name set as a work without quotation marks: "Tinderholt, a new Welsh historical drama",
"Tinderholt, Ada Vale's period drama" (an owner's work as much as "a" or "the" one),
"The Harrow Ledger is back for a third series" (or "returns for season two"), a new work told by
its kind and then named between commas ("First up, a new Welsh drama, Tinderholt, from ..."), a
live blog's label of its kind before it ("Thriller next: Tinderholt, with ...")."""
