"""Words a sentence hands on from a teller inside it, not from the one who hands them on.

"Kemp said Ada Vale had told them early on: “...”", "that his father told him, “...”", "He
quotes his aunt, who, he says, warned him: “...”" and "someone scrawled on a card, “...”" end
on another's speech verb right before the words: they are that teller's, never the sentence's
subject's nor the person last named. A teller named in full speaks (only when a reporting verb
before them makes them someone else's report: "Ada Vale told them:" alone is the ordinary
attribution); kin or "someone" leaves the words unattributed, as no one is named to say them.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import RELATION, REPORTING_VERBS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_TAIL = (
    r"(?:[ ](?:me|him|her|them|us|everyone|the[ ][a-z]+))?"
    r"(?:[ ](?:on|at|in|after|before|during|over|early|once|one|that)\b[^,:;.!?“”\"‘’]{0,50})?"
    r"[,:][ ]*$"
)
"""What may follow the teller's verb up to the words: whom they told, when or where."""
_TELLER = lazy_pattern(
    rf"(?:(?P<name>{NAME})|\b(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ ]"
    rf"(?:[a-z-]+[ ])?{RELATION})|\b(?P<someone>[Ss]omeone|[Ss]omebody))"
    r"(?(kin)(?:,[ ]who(?:,[ ][a-z]+[ ][a-z]+,)?)?)"
    r"(?:[ ](?:had|has|once|would|then|later|always|used[ ]to|also)){0,2}"
    r"[ ](?:told|tells|said|says|wrote|writes|warned|warns|asked|asks|scrawled)"
    rf"{_TAIL}"
)
"""A teller and their own speech verb closing the words before the quote: a name, kin ("his
mother", "her old teacher, who, she says,"), or "someone"."""
_REPORTED_BEFORE = lazy_pattern(rf"\b(?:{REPORTING_VERBS}|recalls|recalled|quotes|quoted)\b")


def relayed_teller(pre: str) -> tuple[str, bool] | None:
    """The teller whose words follow ``pre`` and whether they are named (a name to resolve);
    ("", False) when the words are relayed from no one named; None when ``pre`` ends on no
    other teller's speech."""
    found = _TELLER.search(pre)
    if found is None:
        return None
    if found["name"] is None:
        return "", False
    if _REPORTED_BEFORE.search(pre, 0, found.start()) is None or _pronoun_or_article(found):
        return None
    return found["name"], True


def _pronoun_or_article(found: re.Match[str]) -> bool:
    """A capitalised word that names no one ("He", "The", "When") opening the match."""
    first = found["name"].split()[0]
    return first in {"He", "She", "They", "It", "We", "I", "You", "The", "A", "An", "When", "And"}
