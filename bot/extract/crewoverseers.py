"""A producer told in an apposition that names the company or the run the producer oversees.

"X, the Tidewater Pictures executive producer, said" and "X, the executive producer who has
overseen the show since its first series, said" credit X as the article's own executive
producer. A bare company ("the Netflix executive") is no credit, and a "who" clause must tell
of overseeing the show itself, in the present perfect ("who produced Y" names another work;
"who oversaw the first series" an earlier run).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_COMPANY = (
    r"(?:[A-Z][\w’'&-]*[ ]){1,3}(?:Films|Pictures|Productions|Studios|Television|Entertainment|"
    r"Media)[ ]"
)
_OVERSEEN = (
    r"[ ]who[ ](?:has|have)[ ](?:(?:also|long|now)[ ])?(?:overseen|run|led|steered|"
    r"shepherded|guided)[ ](?:the|this)[ ](?:show|series|film|drama|franchise)\b"
)
_POSTED = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]the[ ](?:(?P<company>{_COMPANY}))?(?P<role>executive[ ]producer|"
    rf"producer)(?P<after>(?=[,.;])|{_OVERSEEN})"
)


def overseeing_producers(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each producer the apposition names with a company or a run overseen."""
    if "producer" not in chunk or ", the " not in chunk:
        return
    for match in _POSTED.finditer(chunk):
        if match["company"] or match["after"]:
            yield match["name"], CREW_WORDS[match["role"]]
