"""A sentence that names whose account it gives: "Lark, in Vale’s telling, is no villain",
"By Okafor’s own account the shoot was chaos", "As Reyes tells it, ...".

The words quoted right after with only a pronoun ("“...,” he says") are that teller's, even
when the sentence's subject is someone else (a part, another person) the pronoun could match.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_TELLING = lazy_pattern(
    rf"\b(?:[Ii]n|[Bb]y)[ ](?P<name>{NAME})[’']s?[ ](?:own[ ])?"
    r"(?:telling|account|recollection|memory|version|words|reckoning)\b"
    rf"|\b[Aa]s[ ](?P<as>{NAME})[ ](?:tells|told|puts|put|remembers|recalls|describes)[ ]it\b"
)
_CHEAP = ("telling", "account", "recollection", "memory", "version", "words", "reckoning", " it")


def teller(chunk: str) -> str | None:
    """The one name a sentence gives as the teller of what it says, if it gives exactly one."""
    if not any(word in chunk for word in _CHEAP):
        return None
    found = {match["name"] or match["as"] for match in _TELLING.finditer(chunk)}
    return found.pop() if len(found) == 1 else None
