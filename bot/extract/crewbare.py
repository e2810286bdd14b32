"""Credits told by a run of bare verbs closing the sentence, for :mod:`bot.extract.crewlisted`:
"X wrote and directed." or "X directed, wrote and produced." (no object: the film the article
is about). One verb alone ("X directed.") is held back: it reads as an answer to a question or
a fragment as often as a credit; a run of two or more is the credit idiom."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME
from bot.facts import CrewRole

_VERB = r"(?:wrote|co-wrote|directed|co-directed|produced|edited)"
_BARE_RUN = lazy_pattern(
    rf"(?P<name>{NAME})[ ](?:(?:also|both)[ ])?"
    rf"(?P<verbs>{_VERB}(?:(?:,[ ]|,?[ ]and[ ]){_VERB}){{1,3}})[.!]?$"
)
_VERB_RE = lazy_pattern(_VERB)


def bare_run_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The sentence's own subject credited by each verb of a closing bare run."""
    if " and " not in chunk or not chunk.rstrip(".! ").endswith(("ed", "wrote")):
        return
    match = _BARE_RUN.match(chunk.strip())
    if match is None:
        return
    for verb in dict.fromkeys(_VERB_RE.findall(match["verbs"])):
        yield match["name"], CREW_WORDS[verb]
