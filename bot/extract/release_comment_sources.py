"""A thread commenter's times credited to an outlet: second-hand, so hedged.

In a forum thread a commenter may pass on what they read elsewhere ("started shooting in May
2025 and wrapped that August according to the Courier"; invented example). The commenter is
not the maker, nor is the outlet they name: the times are a relayed report, served as hedged.
Times credited to the makers' own material ("according to the press pack", "the production
notes", the channel itself) stay as told, as does a commenter's plain account.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.comment_headers import under_header
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_CREDITED = lazy_pattern(r"\b[Aa]ccording[ ]to[ ]")
_OWN_MATERIAL = lazy_pattern(
    r"(?:(?:the|its|their)[ ])?(?:official[ ])?(?:(?:[A-Z][\w&-]*[ ]){0,2})?"
    r"(?:press[ ](?:pack|kit|notes|release)|production[ ]notes)\b"
    rf"|(?:the[ ])?{CHANNEL_NAME}(?![\w-])(?![ ][A-Z])"
)
"""The makers' own word: "the press pack", "the BBC press release", "production notes", the
channel itself ("according to the BBC"; not an outlet named after it, "BBC News")."""
_TIMED = frozenset(
    {
        ReleaseKind.PREMIERE_DATE,
        ReleaseKind.WINDOW,
        ReleaseKind.FILMING_PLANNED,
        ReleaseKind.FILMING_STARTED,
        ReleaseKind.FILMING_WRAPPED,
    }
)


def relayed_in_comment(doc: Doc, view: View, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """``facts`` of the sentence at ``view``, their times hedged where a forum comment credits
    them to someone other than the makers (see above)."""
    if not facts or "ccording to " not in view.chunk:
        return facts
    credited = _CREDITED.search(view.chunk)
    if credited is None or _OWN_MATERIAL.match(view.chunk, credited.end()) is not None:
        return facts
    if not under_header(doc, view.span.para):
        return facts
    return [
        replace(fact, hedged=True) if fact.kind in _TIMED and (fact.date or fact.window) else fact
        for fact in facts
    ]
