"""A part's first choice who left it is not who a profile's next "he says" stands for when the
same sentence hands the part on: "Ewan Pryce had been cast as Kit in March, but left weeks
later, and Dunleavy's self-tape reached the producers" or "... but quit, and the part went to
Dunleavy" is a report about the subject's casting; the pronoun is the subject's (the profile's
fallback), never the leaver's."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LEFT_THEN_HANDED = lazy_pattern(
    r"[ ]had[ ]been[ ](?:cast|hired|signed|chosen|lined[ ]up)\b[^.;!?]{0,80}?,?[ ]but[ ]"
    r"(?:then[ ])?(?:left|quit|exited|withdrew|dropped[ ]out|pulled[ ]out|walked[ ]away)\b"
    r"[^.;!?]{0,120}?(?:\b[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2}(?:’s|'s)[ ][a-z]"
    r"|\b(?:went|passed|fell)[ ]to[ ][A-Z]|\breplaced[ ]by[ ][A-Z])"
)


def left_then_handed(chunk: str, at: int, raw: str) -> bool:
    """Whether the subject ``raw`` at ``at`` had the part, left it, and the sentence hands it on."""
    return raw[:1].isupper() and _LEFT_THEN_HANDED.match(chunk, at + len(raw)) is not None
