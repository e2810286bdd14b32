"""A credit asked, not told, for :mod:`bot.extract.crewchecks`.

A yes-or-no question with the name right after its opening auxiliary ("Wasn't X directing
this?", "user: is X writing it??", "Will X score it?") asks whether X holds the post; a forum
thread or an interview asks it, and the answer may well be no. The question alone credits
nobody.
"""

from __future__ import annotations

from bot.extract.cues import occurrences
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_AUXILIARY = lazy_pattern(
    r"(?:^|[:>][ ]|[–—][ ])(?i:is|was|are|were|will|did|does|has|had|isn[’']t|wasn[’']t|"
    r"aren[’']t|weren[’']t|won[’']t|didn[’']t|doesn[’']t|hasn[’']t|hadn[’']t)[ ]$"
)
"""The auxiliary opening a question, just before the name (at the start or after a label)."""
_ASKED_TO_END = lazy_pattern(r"[^.!?]*\?+\s*$")
"""The rest of the sentence after the name, up to a question mark that ends it."""


def asked_credit(fact: CrewFact) -> bool:
    """Whether the credit's name follows a question's opening auxiliary and the sentence ends
    on a question mark: "Wasn't X directing this?"."""
    text = fact.evidence
    if not text.rstrip().endswith("?"):
        return False
    return any(
        _AUXILIARY.search(text, max(at - 12, 0), at) is not None
        and _ASKED_TO_END.match(text, at + len(fact.name)) is not None
        for at in occurrences(fact.name, text)
    )
