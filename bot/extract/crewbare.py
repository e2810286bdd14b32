"""Credits told by a run of bare verbs closing the sentence, for :mod:`bot.extract.crewlisted`:
"X wrote and directed." or "X directed, wrote and produced." (no object: the film the article
is about). One verb alone ("X directed.") is held back: it reads as an answer to a question or
a fragment as often as a credit; a run of two or more is the credit idiom. So is such a run as
a who-aside set off by commas: "X, who wrote and directed, has made a debut of real
confidence"."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERB = r"(?:wrote|co-wrote|directed|co-directed|produced|edited)"
_BARE_RUN = lazy_pattern(
    rf"(?P<name>{NAME})[ ](?:(?:also|both)[ ])?"
    rf"(?P<verbs>{_VERB}(?:(?:,[ ]|,?[ ]and[ ]){_VERB}){{1,3}})[.!]?$"
)
_VERB_RE = lazy_pattern(_VERB)
_ASIDE_RUN = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ](?:(?:also|both)[ ])?"
    rf"(?P<verbs>{_VERB}(?:(?:,[ ]|,?[ ]and[ ]){_VERB}){{1,3}}),[ ]"
)
"""The run as the name's aside, closed by a comma: "X, who wrote and directed, has ..."."""


def bare_run_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The sentence's own subject credited by each verb of a closing bare run, or of a bare
    run in a who-aside."""
    if " and " not in chunk:
        return
    match = None
    if chunk.rstrip(".! ").endswith(("ed", "wrote")):
        match = _BARE_RUN.match(chunk.strip())
    if match is None and ", who " in chunk:
        match = _ASIDE_RUN.search(chunk)
    if match is None:
        return
    for verb in dict.fromkeys(_VERB_RE.findall(match["verbs"])):
        yield match["name"], CREW_WORDS[verb]
