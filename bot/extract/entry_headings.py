"""Quotes in a round-up whose entries are headed by a person's name.

A round-up of posts ("Here's what everyone posted.") heads each entry with a line that is only a
name ("Mara Quint"), then tells the post in a paragraph that opens on that person, by
description, pronoun or name ("The director shared a still: “...”", "She wrote: “...”"). A quote
such a paragraph leaves unattributed is the heading's person when the article has at least two
such headings and the paragraph, before the quote, names no one else. A post's caption set in a
paragraph of its own ("Caption: “...”") after the entry's paragraph belongs to the entry too. A
numbered heading that names where the post ran ("1. Ada Vale, Instagram") is the same name line,
and a bare caption in its entry ("A photo of the pier. The caption: “...”") is the heading
person's post though the entry opens on the photo. An entry that opens on a name the article
uses nowhere else, made emphatic ("Mira Holt herself shared ..." under "Ada Vale"), calls the
heading's person by another name.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import PLATFORMS, STOP_TOKENS
from bot.extract.loose_credits import names_part
from bot.extract.names import NAME_RE
from bot.extract.people import clean_name, is_full
from bot.extract.quote_checks import characters, faceless
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote, Span
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_HEADING = lazy_pattern(r"[A-Z][\w’'.\u0300-\u036f-]+(?:[ ][A-Z][\w’'.\u0300-\u036f-]+){1,3}")
_MAX_HEADING = 40
_PART = lazy_pattern(r"[ ]\([^()]{1,40}\)$")
"""The part an entry's actor plays, in brackets after the name: "Ada Vale (Mara Quint)"."""
_MAX_PART = 43
_NUMBER = lazy_pattern(r"\d{1,2}[.)][ ]+")
"""A numbered entry's number before its heading: the "1. " of "1. Ada Vale, Instagram"."""
_SITE = lazy_pattern(r",[ ](?P<site>[A-Z][A-Za-z]*)(?:[ ](?:Story|Stories|Live|post|video))?$")
"""The site a numbered entry's post ran on, after its heading: "1. Ada Vale, Instagram Story"."""
_BARE_CAPTION = lazy_pattern(r"[.!?][ ]+(?:The[ ])?[Cc]aption[ ]?:[ ]*[“‘\"]?$")
"""A post's caption given with no owner after the entry's own sentence ("... ending on the pier.
The caption: “...”"); a caption paragraph of its own is the entry's before it."""
_MIN_HEADINGS = 2
_OPENS_ON_SOMEONE = lazy_pattern(
    r"(?:(?:The|This|Our)[ ](?:[\w’'-]+[ ]){0,3}?(?:director|creator|writer|author|actor|"
    r"actress|star|newcomer|producer|showrunner|composer|singer|co-star|lead|winner|nominee|"
    r"\d{1,2}-year-old)\b|(?:He|She|They)[ ])"
)
"""The entry opens on one person: "The Brazilian-born newcomer, 20,", "The director", "The
Bafta winner", "She"."""
_PART_BEFORE = lazy_pattern(r"\b(?:plays|playing|played|as)[ ](?:[\w’'-]+[ ]){0,4}$")
"""A name told as the part someone plays ("who plays Cal's rowing teammate Tam Reyes")."""
_TOLD = lazy_pattern(
    r"\b(?:wrote|writes|posted|posts|shared|shares|captioned|caption|read|reads|added|adds|"
    r"said|says|replied|commented|tweeted|note|the[ ]words)\b"
)
"""The paragraph tells a post or words: a round-up's entry, not a paragraph about a thing."""
_REFLEXIVE = lazy_pattern(r"[ ](?:himself|herself|themselves)\b")
_CAPTION = lazy_pattern(r"(?:Caption|Post|Tweet|Story)[ ]?:[ ]")
"""A paragraph that only gives the post's words, under a label ("Caption: “...”")."""


def headings(doc: Doc) -> dict[int, str]:
    """Paragraph index -> the name-only line before it, and a caption paragraph right after
    the entry's -> that line too (empty when the article has fewer than two such lines: then
    no line is a round-up's heading)."""
    found: dict[int, str] = {}
    for index, para in enumerate(doc.paras[:-1]):
        if para.end - para.start > _MAX_HEADING + _MAX_PART or index == doc.title_para:
            continue
        line = _PART.sub("", doc.text[para.start : para.end].strip())  # "Ada Vale (Mara)"
        line = _sited(line)
        if len(line) > _MAX_HEADING:
            continue
        if _HEADING.fullmatch(line) is None or not is_full(line):
            continue
        if not any(token in STOP_TOKENS for token in line.split()):
            found[index + 1] = line
    if len(found) < _MIN_HEADINGS:
        return {}
    captions = {
        entry + 1: line
        for entry, line in found.items()
        if entry + 1 < len(doc.paras) and _CAPTION.match(doc.text, doc.paras[entry + 1].start)
    }
    return captions | found  # a paragraph that is both is a heading's own entry


def by_heading(
    doc: Doc, resolver: Resolver, entries: dict[int, str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` credited to its entry's heading person, when it is nobody's and the entry's
    paragraph opens on one person, tells a post and, up to the quote, names no one else."""
    if quote.label or quote.para not in entries:
        return fact
    line = entries[quote.para]
    epithet = _epithet(doc, doc.paras[quote.para], line)
    if epithet and fact.speaker == epithet:
        fact = fact.unattributed()
    people = resolver.people
    person = people.resolve(line) or line
    in_para = doc.masked[doc.paras[quote.para].start : quote.start]
    bare = _BARE_CAPTION.search(in_para) is not None
    if (
        fact.source is not SourceKind.UNATTRIBUTED
        and not (bare and faceless(fact))
        and not _elsewhere(doc, quote, fact, person)
    ):
        return fact
    if resolver.orgs.find(line) is not None or resolver.context.is_ours(line):
        return fact  # "Lumen Pictures", the production's own title: no one's heading
    first = quote.para
    if entries.get(first - 1) == line and _CAPTION.match(doc.text, doc.paras[first].start):
        first -= 1  # "Caption: “...”": the entry opens on the paragraph before
    para = doc.paras[first]
    opening = doc.masked[para.start : para.start + 60]
    own = (line.split()[0], line.split()[-1])
    if (
        not (opening.startswith(own) or epithet or bare)
        and _OPENS_ON_SOMEONE.match(opening) is None
    ):
        return fact
    before = doc.masked[para.start : quote.start]
    told = bare or _TOLD.search(before) is not None
    if not told and _TOLD.search(doc.masked, quote.end, para.end) is None:
        return fact
    parts = characters(resolver.cast, doc)  # "who plays Tam Reyes": a part
    for match in NAME_RE.finditer(before):
        name = clean_name(match.group())
        other = people.resolve(name) or name
        if (
            other not in {person, epithet}
            and is_full(other)
            and name not in parts
            and _PART_BEFORE.search(before, max(0, match.start() - 60), match.start()) is None
            and not resolver.context.is_ours(name)
        ):
            return fact  # "posted a selfie with co-star Ben Hale": whose words is unclear
    return replace(fact, speaker=person, source=SourceKind.PERSON, attribution="")


def _sited(line: str) -> str:
    """A numbered heading's name without its number and site ("1. Ada Vale, TikTok" -> "Ada
    Vale"); any other line as it is."""
    number = _NUMBER.match(line)
    site = _SITE.search(line)
    if number is None or site is None or site["site"] not in PLATFORMS:
        return line
    return line[number.end() : site.start()]


def _elsewhere(doc: Doc, quote: Quote, fact: QuoteFact, person: str) -> bool:
    """``fact`` is credited from outside its entry: to someone other than the heading's person,
    whom the entry, opening on the heading's first name ("Joe kept it short, sharing ..."),
    never names before the quote (an older entry's subject, not this one's)."""
    para = doc.paras[quote.para]
    if fact.source is not SourceKind.PERSON or fact.speaker == person:
        return False
    first = person.split(maxsplit=1)[0]
    if not doc.masked.startswith(first + " ", para.start):
        return False
    return not names_part(doc.masked[para.start : quote.start], fact.speaker)


def _epithet(doc: Doc, para: Span, line: str) -> str:
    """The full name an entry opens on with an emphatic "himself" or "herself", when it is not
    the heading's and the article names it nowhere else: under "Ada Vale", "Mira Holt herself
    posted ..." calls Ada by her part, in jest. Empty when there is none."""
    match = NAME_RE.match(doc.masked, para.start)
    if match is None or _REFLEXIVE.match(doc.masked, match.end()) is None:
        return ""
    name = clean_name(match.group())
    if not is_full(name) or name == line or doc.text.count(name.split()[-1]) > 1:
        return ""
    return name
