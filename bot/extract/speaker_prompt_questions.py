"""A quick-fire prompt before an answer: a short question with no verb of its own ("Best
debut? “...”", "Tea or coffee? “...”"), as a host's lightning round is written up.

Its capitalised words are the topic asked about, never who answers: read as the sentence
before's subject they make a person of a phrase ("Favourite X" of "Favourite X film?"). The
answer after it takes no speaker from it; one the sentence itself names still speaks.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PROMPT = lazy_pattern(r"[ “\"‘']*[A-Z][^.!?:;“”\"]{0,60}[?]")
"""A whole sentence that is one short question."""
_ASKING_WORD = lazy_pattern(
    r"\b(?i:am|is|are|was|were|be|been|do|does|did|will|would|could|can|should|shall|may|might|"
    r"must|has|have|had|who|what|why|how|when|where|which|whose|whom|says?|said|asks?|asked|"
    r"[a-z]+n[’']t)\b"
)
"""A verb or a question word: a question that asks something of someone, not a bare prompt."""
_MOST_WORDS = 6
_OWNED = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*[’']s)\b")
"""A prompt on what someone owns ("Her verdict?", "The actor's caption?"): the owner answers."""


def bare_prompt(sentence: str) -> bool:
    """``sentence`` is a short question with no verb or question word of its own."""
    text = sentence.strip()
    if _PROMPT.fullmatch(text) is None or len(text.split()) > _MOST_WORDS:
        return False
    return _ASKING_WORD.search(text) is None and _OWNED.search(text) is None
