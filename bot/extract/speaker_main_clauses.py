"""The main clause after a fronted time clause that holds an earlier quotation: "When a fan
shouted “Is Mara leaving?”, the host, Ada Vale, cut in: “Moving on.”" The second words are the
main clause's subject's (Ada Vale's), never the fan's going on: the fan's words belong to the
time clause, and the one who takes the floor with the colon is someone else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.names import NAME
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Doc, Quote

TAKES_THE_FLOOR = lazy_pattern(
    r"\b(?:said|says|added|adds|replied|replies|answered|answers|joked|jokes|quipped|quips|"
    r"finished|finishes|chimed|chimes|cut[ ]in|jumped[ ]in|leaned|leans|piped[ ]up|interjected|"
    r"interrupted|shouted|whispered|continued|continues)\b"
)
"""A verb by which someone takes the floor ("cut in", "piped up", "replied")."""
_FRONTED = lazy_pattern(
    r"[\W\d]*(?:When|As|Once|Whenever|Just[ ]as|After)[ ][^,;:“”\"]*[ ][“\"‘']?$"
)
"""A time clause opening the sentence and running, comma-free, up to the earlier quotation
("When one viewer yelled ")."""
_MAIN = lazy_pattern(
    r"^[ ]*,[ ](?:(?:the|our|their)[ ](?:[a-z][\w-]*[ ]){0,3}[a-z][\w-]*,[ ])?"
    r"(?:(?:[A-Z][\w.&-]*[ ]){0,3}[A-Z0-9][\w-]*[’']s[ ])?(?:[a-z][\w-]*[ ]){0,2}?"
    rf"(?P<name>{NAME}),?[ ](?P<act>[a-z][^:;“”\"]{{0,80}}):[ ]*$"
)
"""The main clause's subject, perhaps after a role in apposition ("the host,") or an owner
("Harbour FM's"), then what they do, to a colon: ", the host, Ada Vale, cut in with a grin:"."""


def main_clause_sayer(
    doc: Doc, resolver: Resolver, before: Quote | None, quote: Quote, pre: str
) -> Speaker | None:
    """The person who takes the floor in the main clause between ``before`` (held in a fronted
    time clause of the same sentence) and ``quote``, or None when the sentence is not so."""
    if before is None or "," not in pre or not pre.rstrip().endswith(":"):
        return None
    sentence = doc.sentence_at(quote.start)
    if before.start < sentence.start or not _FRONTED.match(doc.text, sentence.start, before.start):
        return None
    clause = _MAIN.match(pre)
    if clause is None or TAKES_THE_FLOOR.search(clause["act"]) is None:
        return None
    named = resolver.who(clause["name"], quote.start, clause.group().strip(" ,:"))
    if named is None or named.source is not SourceKind.PERSON:
        return None
    return named
