"""A director told in a participle aside: "X, directing from Y's screenplay, watches from a
monitor", "X, directing from Y's own script" (the writer's own, stressed), "X, directing from a
script by Y, ..." (the film's script, so the film's director;
"directing from the Lumen script" names another work's, and is left), and a writer named inside
the object: "the script X co-wrote with Y", "the film's screenplay X wrote"; and a writer past a
long relative clause with a list in it: "X, who created the webcomic, the books and the series,
has written the screenplay"."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_DIRECTING_FROM = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:(?:again|also|once[ ]again)[ ])?directing[ ]from[ ]"
    r"(?:(?:a|the|an|his|her|their)[ ](?:(?:new|original|own|adapted)[ ])?"
    rf"|{NAME}[’']s[ ](?:own[ ])?)"
    r"(?:script|screenplay)\b(?![’'-]|[ ](?:of|for)[ ][A-Z“\"‘'])"
)


def participle_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The director a participle aside credits."""
    if ", directing from " not in chunk and "again directing from " not in chunk:
        return
    yield from ((m["name"], CrewRole.DIRECTOR) for m in _DIRECTING_FROM.finditer(chunk))


_SCRIPT_THEY_WROTE = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts)[ ](?:(?:film|movie|series|show)[’']s[ ])?(?:script|screenplay)[ ]"
    rf"(?:that[ ])?(?P<name>{NAME})[ ](?:also[ ])?(?:co-)?(?:wrote|penned|writes)\b"
    r"(?![ ](?:for|of|on)[ ](?:the[ ])?[A-Z“\"‘'])"
)


def object_writers(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The writer a script's relative clause names: "the script X co-wrote with Y"."""
    if "script " not in chunk and "screenplay " not in chunk:
        return
    yield from ((m["name"], CrewRole.WRITER) for m in _SCRIPT_THEY_WROTE.finditer(chunk))


_PAST_LONG_WHO = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ][^.;:()“”\"]{{1,120}}?,[ ](?:has|have|is|will)[ ](?:also[ ])?"
    r"(?:written|writing|write|penned)[ ](?:the|its)[ ](?:film[’']s[ ])?(?:screenplay|script)\b"
    r"(?![’'-]|[ ](?:of|for|on)\b)"
)


def past_long_who(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The writer a sentence names before a long "who" clause with commas of its own."""
    if ", who " not in chunk or ("screenplay" not in chunk and "script" not in chunk):
        return
    yield from ((m["name"], CrewRole.WRITER) for m in _PAST_LONG_WHO.finditer(chunk))
