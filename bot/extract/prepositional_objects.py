"""A capitalised word that is a preposition's object, for :mod:`bot.extract.attribution`: in
"Residents near a pub in Kent reported" or "His post after the launch said" the word right
before the speech verb is where, when or what, never the one who says it. A place of more than
one word ("Residents near Porthgwidden Moor said") is an object as a whole, its last word too."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PREPOSITION_BEFORE = lazy_pattern(
    r"(?<![\w’'-])(?:after|before|following|since|during|about|in|near)[ ]$"
)
"""A preposition ending the text searched (a word's 12 characters before it): "after ",
"in ", "near " (a place), never "at " or "from " ("a source at Netflix said" is Netflix's)."""
_EVENT_AT = lazy_pattern(
    r"\b(?:premiere|screening|gala|party|after-party|ceremony|panel|launch|event)s?[ ]"
    r"(?:at|in)[ ](?:the[ ])?$"
)
"""Where an event is held, before its venue: "a preview screening at the ", "the party at " (the
venue is where someone speaks, never who: "at the Corran Arts Centre whispered")."""
_EVENT_REACH = 40
_CAPITALS_BEFORE = lazy_pattern(r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ ]){1,3}$")
"""The capitalised words of a name running up to a word: "Porthgwidden " before "Moor"."""
_REACH = 12


def preposition_object(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a preposition's object, alone ("near Truro") or the later
    word of a name that follows one ("near Porthgwidden Moor")."""
    if _follows_preposition(text, at):
        return True
    run = _CAPITALS_BEFORE.search(text, max(at - 40, 0), at)
    return (
        run is not None and text[at : at + 1].isupper() and _follows_preposition(text, run.start())
    )


def _follows_preposition(text: str, at: int) -> bool:
    if _EVENT_AT.search(text, max(at - _EVENT_REACH, 0), at) is not None:
        return True
    return _PREPOSITION_BEFORE.search(text, max(at - _REACH, 0), at) is not None
