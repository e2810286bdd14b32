"""A named person's words reported in inner marks inside someone's quotation.

"“Ravi rang me and said, ‘I want it to sound like rust.’ I laughed,” Welk recalls" quotes Welk,
and inside it Ravi: the inner line is Ravi's quote too, credited to the person the article
already knows by that name. Only a name right before "said", "says", "told me" or "would say"
counts, or "kept saying", "used to say", "wrote", or a chat's "go" ("would wave and go, ‘...’"),
with "just", "only", "simply" or "then" between, or one to three words and "and" ("rang me and",
"looked at me and"); a pronoun ("She said, ‘...’"), a part or a name the article does
not know gives no inner quote. The inner line is credited with the verb that reported it
("Ravi told me"). A quotation that opens with the other's
words ("“Ravi said, ‘...’,” Welk says") is left as it is.

The other nesting (British: "‘Ravi rang me and said, “...” I laughed,’ Welk recalls") makes the
inner line a quotation of its own: it is never Welk's, whose attribution the sentence gives, but
the named sayer's when the article knows them, else no one's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.speakers import Resolver
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind

_INNER = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ]"
    r"(?:(?:[a-z]+[ ]){1,3}and[ ])?(?:(?:just|only|simply|then)[ ])?"
    r"(?P<verb>said(?:[ ]to[ ]me)?|says|told[ ]me|would[ ]say|kept[ ]saying|kept[ ]telling[ ]me|"
    r"used[ ]to[ ]say|wrote|go)[,:]?[ ]"
    r"‘(?P<line>[A-Z][^‘’”“]*?(?:’[a-z][^‘’”“]*?)*?[.!?]?),?’(?![\w])"
)

_SAYER_BEFORE = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?|he|she|they)[ ]"
    r"(?:[^“”‘’\".!?]{0,60}?[ ]and[ ])?(?:(?:just|only|simply|then)[ ])?"
    r"(?P<verb>said(?:[ ]to[ ]me)?|says|told[ ]me|asked|wrote|texted|would[ ]say)[,:]?[ ]*$"
)
"""Someone other than the quoted speaker ("I" never matches) who says the inner line, right
before its opening mark inside the outer quotation ("Ravi rang me and said, “")."""


def _inner_sayer(resolver: Resolver, outer: QuoteFact, inner: QuoteFact) -> QuoteFact:
    """``inner``, nested in ``outer`` and credited to its speaker, credited instead to whom the
    outer quotation says spoke it (see the module's docstring): the sayer the article knows,
    else no one; as it was when no one else says it there."""
    at = outer.text.find(inner.text)
    match = _SAYER_BEFORE.search(outer.text, 0, max(at - 1, 0))
    if at <= 0 or match is None:
        return inner
    known = resolver.known(match["name"]) if match["name"][:1].isupper() else None
    if known is None or known.name == outer.speaker:
        return inner.unattributed()
    said = f"{match['name']} {match['verb']}"
    return replace(inner, speaker=known.name, attribution=said, continues_previous=False)


def _inner_lines(resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` with a line nested in another's quotation, and credited to that quotation's
    speaker, credited to whoever the outer quotation says spoke it."""
    out = list(quotes)
    for outer in quotes:
        for index, inner in enumerate(out):
            if (
                inner.source is SourceKind.PERSON
                and inner.speaker == outer.speaker
                and inner.text != outer.text
                and inner.text in outer.text
            ):
                out[index] = _inner_sayer(resolver, outer, inner)
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
            if not fact.text[: match.start()].strip(" “\"‘'"):
                continue  # a quotation that opens with another's words: left as it is
            speaker = resolver.known(match["name"]) or resolver.known(match["name"].split()[-1])
            if (
                speaker is None
                or speaker.name == fact.speaker
                or parts & {match["name"], speaker.name}
                or len(match["line"].split()) < 2
            ):
                continue
            line = doc.text[start + match.start("line") : start + match.end("line")]
            said = f"{match['name']} {match['verb']}"
            out.append(QuoteFact(line, speaker.name, SourceKind.PERSON, said))
    return out
