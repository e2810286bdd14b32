"""Credits the sentence around a quote does not bear out, held for review.

- words an organisation is credited with from context whose attribution is a document that
  "reads" ("The official synopsis reads: ...", "According to the official synopsis, ...") and
  names no company: the document is the company's the article names most (twice as often as
  any other); when none stands out, the credit stands only for the company named most, else
  it is held; a name the article sets in apposition to a work ("his follow-up, Lowmere,") is a
  title, never that company;
- words credited to no one right after "X, who said:" (or "who told us", "who added"): X's,
  when X is a name that resolves to one person ("Y, aka X, who said:" is Y's), or "a/an
  [Company] spokesperson" (unnamed);
- words asked or said by things or crowds in general ("posts asking “...”", "comments saying
  “...”"): a kind of message, no one's quote;
- words credited from context (no attribution of their own) while the sentence that holds them
  has someone else, named, write or say them ("Dahl, whose ..., wrote that it was “...”").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_GENERIC = lazy_pattern(
    r"\b(?:posts|comments|messages|questions|threads|replies|people|users|fans|viewers)[ ]"
    r"(?:\w+[ ]){0,2}?(?:asking|saying|demanding|begging)[ ]*[:,]?[ ]*[“\"‘']$"
)
_WRITER = lazy_pattern(
    r"(?:^|[.!?][ ]+)(?!(?:He|She|They|It|I|We|You|The|This|That)\b)"
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)(?:,[^,]{3,80},)?[ ]"
    r"(?:also[ ]|later[ ]|then[ ])?(?:wrote|said|posted|added|explained|told[ ]\w+)[ ]"
    r"(?:that[ ])?[^.!?]*$"
)
_DOCUMENT = lazy_pattern(
    r"\b(?:logline|synopsis|blurb|description|summary)[ ](?:now[ ])?(?:reads|runs)\b"
    r"|^[Aa]ccording[ ]to[ ]the[ ](?:official[ ]|new[ ]|studio[ ]|film’s[ ]|film's[ ])?"
    r"(?:logline|synopsis|blurb|description|summary)\b"
)
CAPITALISED = lazy_pattern(r"[A-Z][\w&’'.+-]*(?:[ ][A-Z][\w&’'.+-]*)*")
"""A run of capitalised words, a name an organisation or a person may bear."""
_WHO_SAID = lazy_pattern(
    r"(?:\b[Aa]n?[ ](?P<org>[A-Z][\w&+-]*(?:[ ][A-Z][\w&+-]*){0,2})[ ]"
    r"(?P<role>spokesperson|spokesman|spokeswoman|representative)"
    r"|(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})),[ ]who[ ](?:later[ ]|then[ ])?"
    r"(?:said|told[ ]\w+|added|explained|wrote)[ ]*[:,][ ]*[“\"]$"
)
_KNOWN_AS = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}),[ ](?:aka|a\.k\.a\.?)[ ]$"
)
"""A name with its other name after it ("Ada Vale, aka Nim, who said:"): the one who speaks
is the name, never the part or nickname she goes by."""
_NEAR = 160
"""How far before the quote its sentence is read."""


def named_writer(text: str, start: int, fact: QuoteFact) -> str | None:
    """The name of someone else the quote's sentence has write or say it, when ``fact`` is
    credited from context to a person that name does not name."""
    if fact.attribution or fact.source is not SourceKind.PERSON:
        return None
    before = text[max(start - _NEAR, 0) : start]
    found = _WRITER.search(before)
    return found["name"] if found and not names_part(found["name"], fact.speaker) else None


def doubted(text: str, start: int, fact: QuoteFact) -> str | None:
    """Why ``fact``'s credit is not borne out by its sentence (see above), or None."""
    before = text[max(start - _NEAR, 0) : start]
    if "ing" in before[-30:] and _GENERIC.search(before[-60:]):
        return "words a kind of message says, no one's quote"
    if named_writer(text, start, fact):
        return "someone else named in the sentence says these words"
    return None


def names_part(text: str, person: str) -> bool:
    """``text`` names ``person`` by any part of their name."""
    return any(len(part) > 1 and part in text for part in person.split())


def documents_company(
    text: str,
    find: Callable[[str], str | None],
    fact: QuoteFact,
    work: Callable[[str], bool] = lambda name: False,
) -> QuoteFact:
    """``fact``, a document's words credited to an organisation, credited to the company the
    article names most, or held when none stands out (see above). A name ``work`` says is a
    work's title is never the document's owner: a film's title is named most, but its synopsis
    is its studio's."""
    attribution = fact.attribution
    if "reads" not in attribution and "runs" not in attribution and "ccording" not in attribution:
        return fact
    if not _DOCUMENT.search(attribution) or names_part(attribution, fact.speaker):
        return fact
    counts = Counter(org for name in CAPITALISED.findall(text) if (org := find(name)))
    if work(fact.speaker) or any(work(org) for org in counts):
        counts = Counter({org: n for org, n in counts.items() if not work(org)})
        if not counts:
            return held(fact, "a document's words, credited to the work itself")
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return replace(fact, speaker=ranked[0][0])
    if ranked and ranked[0][0] == fact.speaker:
        return fact
    return held(fact, "a document's words, which company's not said")


def who_said(text: str, start: int, find: Callable[[str], str | None]) -> QuoteFact | None:
    """The credit for words credited to no one that follow "X, who said:" (see above), as a
    fact with no text, or None."""
    before = text[max(start - 100, 0) : start]
    if ", who " not in before:
        return None
    found = _WHO_SAID.search(before)
    if found is None:
        return None
    clause = found.group().rstrip(' “"')
    if found["name"]:
        alias = _KNOWN_AS.search(before, 0, found.start("name"))
        person = find(alias["name"] if alias else found["name"])
        if person is None:
            return None
        return QuoteFact("", person, SourceKind.PERSON, attribution=clause)
    speaker = f"{found['org']} {found['role']}"
    return QuoteFact("", speaker, SourceKind.UNNAMED, attribution=clause)
