"""A credit in a "who" clause whose object is the production's own title, for
:func:`bot.extract.crewtitled.titled_object`: profiles bring the maker in to speak about the
subject ("Tilda Rowe, who directed Lowfen Lamp, says Brandt is ..."; "Ivo Brandt, who wrote the
Lowfen Lamp film, calls her ..."), or the books it comes from ("Ivo Brandt, who wrote the Lowfen
Lamp novels, ...", the title the headline's). The clause may hold two jobs ("Rowe, who wrote
and directed Lowfen Lamp,"), and a surname stands for the full name the article gave. Only the
article's own production counts: "X, who directed Brackenfold" (another work) is what X is known
for, no credit here."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERB = r"(?:directed|co-directed|wrote|co-wrote|scored|shot|edited|created)"
_WHO_TITLE = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ](?:also[ ])?(?P<verbs>{_VERB}(?:[ ]and[ ]{_VERB})?)[ ]"
    rf"(?:the[ ](?P<kind_work>{NAME})[ ](?:film|movie|series|show)"
    rf"|[“\"‘']?(?P<work>{NAME})[”\"’']?)"
    r"(?=,)"
)
_WHO_WROTE_BOOKS = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ](?:also[ ])?(?:[a-z-]+[ ]the[ ](?:show|series|film)[ ]and[ ])?"
    r"(?:wrote|penned|created|drew)[ ]the[ ](?:original[ ])?"
    rf"(?P<work>{NAME})[ ](?:graphic[ ]novels?|novels?|books?|comics?|webcomic)\b(?![’'-])"
)
"""The source's author, the books named by the production's title: "X, who wrote the Title
graphic novels", "X, who created the show and wrote the Title novels"."""


def who_titled(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "X, who directed Title, ...": X's credit when Title is the article's own production."""
    if ", who " not in chunk:
        return
    for match in _WHO_TITLE.finditer(chunk):
        work = match["work"] or match["kind_work"]
        if context.is_ours(work):
            yield from ((match["name"], CREW_WORDS[verb]) for verb in match["verbs"].split(" and "))
    for match in _WHO_WROTE_BOOKS.finditer(chunk):
        if all(token in context.headline for token in match["work"].split()):
            yield match["name"], CrewRole.AUTHOR  # books of the headline's work (the body's
            # "Title novels" alone would make any title ours)
