"""A named person's words reported in inner marks inside someone's quotation.

"“Ravi rang me and said, ‘I want it to sound like rust.’ I laughed,” Welk recalls" quotes Welk,
and inside it Ravi: the inner line is Ravi's quote too, credited to the person the article
already knows by that name. Only a name right before "said", "says", "told me" or "would say"
counts, or "kept saying", "used to say", or "wrote" and a chat's "go" with a comma or colon
("Ravi wrote: ‘...’", "would wave and go, ‘...’"; bare, they name a script or a song), with
"just", "only", "simply", "then" or "once" between, or one to three words and "and" ("rang me and",
"looked at me and"); a pronoun ("She said, ‘...’"), a part or a name the article does
not know gives no inner quote, nor does a line in title case or one that a verb follows
("‘...’ was the best title"). The inner line is credited with the verb that reported it
("Ravi told me"). A quotation that opens on the other's
words reported is left as it is, unless they were said to the speaker ("“Ravi told me, ‘...’, and
I did,” Welk says") and the speaker's own words follow.

The other nesting (British: "‘Ravi rang me and said, “...” I laughed,’ Welk recalls") makes the
inner line a quotation of its own: it is never Welk's, whose attribution the sentence gives, but
the named sayer's when the article knows them, else no one's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.acted_part_lines import script_line_lead
from bot.extract.lexicon import FIRST_PERSON_SUBJECT
from bot.extract.speakers import Resolver
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_SPOKEN = (
    r"(?:said(?:[ ]to[ ]me)?|says|told[ ]me|would[ ]say|kept[ ]saying|kept[ ]telling[ ]me|"
    r"used[ ]to[ ]say)[,:]?"
)
"""Verbs of speech: the line may follow with or without a comma or colon."""
_WRITTEN = r"(?:wrote|go)[,:]"
"""A writer's or a chat's verb: only with a comma or colon, since "wrote ‘...’" and "go ‘...’"
bare name a script or a song."""
_INNER = lazy_pattern(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ]"
    r"(?:(?:[a-z]+[ ]){1,3}and[ ])?(?:(?:just|only|simply|then|once)[ ])?"
    rf"(?P<verb>{_SPOKEN}|{_WRITTEN})[ ]"
    r"‘(?P<line>[A-Z][^‘’”“]*?(?:’[a-z][^‘’”“]*?)*?[.!?]?),?’(?![\w])"
    r"(?![ ](?:is|was|were|are|has|had|would|will)\b)"
)
"""The lines, never one that is the subject of the clause after it ("‘...’ was his best")."""
_ONLY_REPORT = lazy_pattern(r"[ ,.!?”\"’']*")
"""Nothing after the inner line but marks: the whole quotation is the report ("“Ravi said,
‘...’,” Welk recalls"), left as it is; with words of the speaker's own after it ("“Ravi once
told me, ‘...’ and I laughed,” Welk says") the inner line is Ravi's."""
_TO_SPEAKER = lazy_pattern(r"\b(?:me|us)\b")
"""A quotation opening on the report gives the inner line only when it was said to the speaker
("Ravi told me, ‘...’", "Ravi turned to me and said, ‘...’"): "Ravi kept saying, ‘...’" (an
instruction over and over) or "Ravi just said, ‘...’" (perhaps in a scene) stay as they are."""
_TITLE_WORD = lazy_pattern(r"[A-Z\d][\w’'-]*|of|the|a|an|and|in|on|at|to|for")

_SAYER_BEFORE = lazy_pattern(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?|he|she|they)[ ]"
    r"(?:[^“”‘’\".!?]{0,60}?[ ]and[ ])?(?:(?:just|only|simply|then)[ ])?"
    r"(?P<verb>said(?:[ ]to[ ]me)?|says|told[ ]me|asked|wrote|texted|would[ ]say|kept[ ]saying|"
    r"kept[ ]telling[ ]me|used[ ]to[ ]say|(?<=[’']d[ ])say)(?:(?:[ ][a-z\d][\w’'-]*){1,4},|[,:])?"
    r"[ ]*$"
)
"""Someone other than the quoted speaker ("I" never matches) who says the inner line, right
before its opening mark inside the outer quotation ("Ravi rang me and said, “", "She’d say, “"),
a short time phrase and a comma allowed after the verb ("Ravi told me on day one, “")."""
_WOULD = lazy_pattern(r"[’']d$")
"""The "’d" of "She’d say", which the sayer's word carries."""


_QUOTED_SOURCES = (SourceKind.PERSON, SourceKind.UNNAMED)
"""Whose quotation may report another's words: a person's, or an unnamed source's ("an insider
said: ‘Ravi kept saying “...”’")."""

_CLAUSE_BEFORE = lazy_pattern(r"(?:^|[.,;:!?—–][ ]*)(?P<lead>[^.,;:!?—–]*)$")
_JOINED = lazy_pattern(r"(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o)?[ ]*")
"""Before the sayer in its clause only a joining word may stand: a subject before it ("I rang
Ada and said", "we found Ada and said") makes the name that verb's object, not the sayer."""


def _inner_sayer(resolver: Resolver, outer: QuoteFact, inner: QuoteFact) -> QuoteFact:
    """``inner``, nested in ``outer`` and credited to its speaker, credited instead to whom the
    outer quotation says spoke it (see the module's docstring): the sayer the article knows,
    else no one; as it was when no one else says it there."""
    at = outer.text.find(inner.text)
    match = _SAYER_BEFORE.search(outer.text, 0, at - 1) if at > 0 else None
    if match is None:
        return inner
    before = _CLAUSE_BEFORE.search(outer.text, 0, match.start())
    lead = before["lead"] if before else ""
    if FIRST_PERSON_SUBJECT.search(lead):
        return inner  # "I rang Ada ... and said, “...”": the speaker's own words
    if lead and not _JOINED.fullmatch(lead):
        return inner.unattributed()  # the name is some verb's object: who said it is unclear
    name = _WOULD.sub("", match["name"])
    known = resolver.known(name) if name[:1].isupper() else None
    if known is None or known.name == outer.speaker:
        return inner.unattributed()
    said = f"{name} {match['verb']}"
    return replace(
        inner, speaker=known.name, source=known.source, attribution=said, continues_previous=False
    )


def _inner_lines(resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` with a line nested in another's quotation, and credited to that quotation's
    speaker, credited to whoever the outer quotation says spoke it; each line once, so one
    already re-credited is not compared again with a later quotation."""
    out = list(quotes)
    moved: set[int] = set()
    for outer in quotes:
        for index, inner in enumerate(quotes):
            if (
                index not in moved
                and inner.source in _QUOTED_SOURCES
                and inner.speaker == outer.speaker
                and inner.text != outer.text
                and inner.text in outer.text
            ):
                out[index] = _inner_sayer(resolver, outer, inner)
                if out[index] is not inner:
                    moved.add(index)
    return out


def with_reported_lines(doc: Doc, resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` with, after each served quote of a person, the lines it reports someone it
    names (a person the article knows) as saying."""
    parts = {f.character for f in resolver.cast}
    out: list[QuoteFact] = []
    for fact in _inner_lines(resolver, quotes):
        out.append(fact)
        if not fact.served or fact.source is not SourceKind.PERSON:
            continue
        start = doc.text.find(fact.text)
        if start < 0:
            continue
        for match in _INNER.finditer(fact.text):
            if not fact.text[: match.start()].strip(" “\"‘'") and (
                _ONLY_REPORT.fullmatch(fact.text, match.end())
                or not _TO_SPEAKER.search(fact.text, match.start(), match.start("line"))
            ):
                continue  # only another's words reported, or not said to the speaker: as it is
            speaker = resolver.known(match["name"]) or resolver.known(match["name"].split()[-1])
            if (
                speaker is None
                or resolver.orgs.find(match["name"]) is not None  # "Sky said to me": no person
                or speaker.name == fact.speaker
                or parts & {match["name"], speaker.name}
                or len(match["line"].split()) < 2
                or script_line_lead(fact.text, 0, match.start("line") - 1)
                or _titled(match["line"], closed=match.group().endswith(",’"))
            ):
                continue
            line = doc.text[start + match.start("line") : start + match.end("line")]
            said = f"{match['name']} {match['verb'].rstrip(',:')}"
            out.append(QuoteFact(line, speaker.name, SourceKind.PERSON, said))
    return out


def _titled(line: str, *, closed: bool) -> bool:
    """Whether ``line`` reads as a title: every word capitalised (or a title's small word), with
    no closing ., !, ? or comma inside the marks ("The Kettle Song", never "No way", "Never
    again." or "‘That’s Lovely,’ and")."""
    return (
        not closed
        and not line.endswith((".", "!", "?"))
        and all(_TITLE_WORD.fullmatch(word) for word in line.split())
    )
