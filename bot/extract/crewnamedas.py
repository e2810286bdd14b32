"""Credits a document or an announcement gives as "<verb> X as <role>": "The slate lists X as
director and Y as director of photography", "Netflix has named X as composer".

Each role must end its clause ("named X as director of Glasshouse" is another work's credit, and
"as director Vera Slade" a part), and the roles are written in lower case, as credits are.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_WORDS = (
    "director of photography",
    "casting director",
    "executive producer",
    "cinematographer",
    "screenwriter",
    "director",
    "writer",
    "producer",
    "composer",
    "editor",
    "creator",
)
_ROLE = "(?:" + "|".join(r.replace(" ", "[ ]") for r in _WORDS) + ")"
_END = r"(?=[.,;]|[ ]and[ ]|$)"
_PAIR = rf"{NAME}[ ]as[ ](?:the[ ])?{_ROLE}{_END}"
_NAMED_AS = lazy_pattern(
    r"\b(?:lists|listed|names|named|credits|credited|confirms|confirmed|announces|announced|"
    rf"reveals|revealed)[ ](?P<pairs>{_PAIR}(?:(?:,[ ]|,?[ ]and[ ]){_PAIR}){{0,4}})"
)
_ONE = lazy_pattern(rf"(?P<name>{NAME})[ ]as[ ](?:the[ ])?(?P<role>{_ROLE}){_END}")


def named_as(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """(name, role) for each "X as <role>" a listing verb gives."""
    for match in _NAMED_AS.finditer(chunk):
        for pair in _ONE.finditer(match["pairs"]):
            yield pair["name"], CREW_WORDS[pair["role"]]
