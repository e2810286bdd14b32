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
"""

from __future__ import annotations

import re

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


def with_reported_lines(doc: Doc, resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` with, after each served quote of a person, the lines it reports someone it
    names (a person the article knows) as saying."""
    parts = {f.character for f in resolver.cast}
    out: list[QuoteFact] = []
    for fact in quotes:
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
