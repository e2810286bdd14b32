"""A sayer met only in a fronted time clause is not the sayer of the words in the main clause
after it: in "When Lumen confirmed the news in May, the reaction online was “mixed”", Lumen
confirmed something, but the words describe the reaction, a noun phrase that is the main
clause's own subject; they are no one's."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FRONTED = lazy_pattern(r"[ ]*(?:When|After|Once|Since|Before|As[ ]soon[ ]as|Just[ ]after)[ ]")
_MAIN_SUBJECT = lazy_pattern(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Mm]uch[ ]of[ ]the)[ ]"
    r"(?:[\w’'-]+[ ]){0,5}?(?:was|were|is|are|has[ ]been|had[ ]been|seemed|seems|felt|feels)\b"
    r"[^.!?;:]*$"
)
"""A main clause opening with its own noun phrase and a copula ("the reaction from fans was")."""


def fronted_sayer(pre: str, attribution: str) -> bool:
    """``attribution`` stands in a time clause opening ``pre`` ("When Lumen confirmed ..."), and
    the clause after its comma has a subject of its own that the quoted words describe."""
    if not attribution or _FRONTED.match(pre) is None:
        return False
    at = pre.find(attribution)
    comma = pre.find(", ", at + len(attribution)) if at >= 0 else -1
    return comma >= 0 and _MAIN_SUBJECT.match(pre, comma + 2) is not None
