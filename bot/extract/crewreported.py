"""A credit the person reports of themselves: "X also confirmed to Radio Times that she's writing
all six episodes again", "Y said that he will be directing the finale".

The pronoun is the reporting subject's own: the subject names the person (a first name or
surname resolves to the full name the article used). Only the plain objects of a credit count
(every episode, the script, the finale); "that she's writing a memoir" credits nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_REPORTED = lazy_pattern(
    rf"(?P<name>{NAME})(?:[ ](?:also|has|had|later|then))*[ ](?:confirmed|confirms|said|says|"
    r"revealed|reveals|announced|announces)(?:[ ]to(?:[ ]the)?(?:[ ][A-Z][\w’'-]*){1,3}?)?"
    r"[ ]that[ ]"
    r"(?:she|he|they)(?:[’']s|[’']re|[ ]is|[ ]are|[ ]will[ ]be|[’']ll[ ]be)[ ](?:also[ ])?"
    r"(?P<verb>writing|directing)[ ](?:(?:all|every|each|both)(?:[ ][a-z0-9]+){0,2}[ ]"
    r"(?:episodes?|scripts?|instalments?)|the[ ](?:(?:first|last|final|opening)[ ])?"
    r"(?:script|screenplay|finale|pilot|film|series))\b(?![ ]of\b)"
)


def reported_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each "X confirmed that she's writing every episode" credit in ``chunk``."""
    if " that " not in chunk or ("writing " not in chunk and "directing " not in chunk):
        return
    for match in _REPORTED.finditer(chunk):
        yield match["name"], CREW_WORDS[match["verb"]]
