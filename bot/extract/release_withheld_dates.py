"""A release date withheld in words :data:`.release_words.NOT_ANNOUNCED` does not read: someone
who "would not be drawn on a release date", "declined to be drawn on dates" or "was not drawn
on timing", who would not say "when the series will air", a date that "would follow in due
course", or one that "is still a secret". Each says no date is known yet. Not so for other
things a speaker is not drawn on ("would not be drawn on plot details", "on a second series",
"on dates for the tour"), nor a secret that is no date ("the ending is still a secret").
"""

from __future__ import annotations

import re

from bot.extract.release_words import DUE_COURSE, NOT_ANNOUNCED
from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_NOUN = r"(?:(?:release|premiere|launch|air|broadcast|transmission|streaming)[ ])?"
_WHEN_OUT = (
    r"when[ ](?:the[ ](?:film|movie|series|show|drama|sequel|season)|it|audiences|viewers|fans|we)"
    r"[ ](?:will|would|can|could|might|get[ ]to)[ ](?:\w+[ ]){0,3}?"
    r"(?:see|watch|air|arrive|land|launch|premiere|stream|drop|be[ ](?:released|out|shown))\b"
)
"""When the work comes out: "when the drama will air", "when viewers will be able to see it"."""
_WITHHELD_DATE = lazy_pattern(
    r"\b(?:(?:(?:would|will|could)(?:n['’]t|[ ]not)|won['’]t|(?:refused|refuses|declined|declines)"
    r"[ ]to)[ ]be|(?:was|is)(?:n['’]t|[ ]not))[ ]drawn[ ]on[ ]"
    rf"(?:(?:(?:a|an|any|the)[ ])?{_NOUN}(?:dates?|timing)(?![ ](?:of|for)\b)\b|{_WHEN_OUT})"
    rf"|\b(?:the|its|their)[ ]{_NOUN}date[ ](?:is|remains)[ ](?:still[ ])?"
    r"(?:a[ ](?:closely[ ]guarded[ ])?secret|under[ ]wraps)\b"
    r"|\b(?:neither|no)[ ](?:[\w’'-]+[ ]){1,5}?(?:has|have)[ ](?:yet[ ])?(?:officially[ ])?"
    r"(?:announced|confirmed|revealed|given|set|named)[ ](?:a|an|any)[ ]"
    rf"(?:(?:firm|exact|specific)[ ])?{_NOUN}date\b"
    rf"|\b(?:the|a|its|their)[ ]{_NOUN}date[ ](?:is|was)(?:n['’]t|[ ]not)[ ](?:yet[ ])?"
    r"(?:fixed|settled|set|locked)\b(?![ ](?:in[ ]stone|to\b))"
    r"|\b(?:nobody|no[ -]one)[ ](?:will|would|is|was|has|can|could)[ ](?:yet[ ])?(?:put|putting|"
    r"commit(?:ting)?[ ]to|give|giving|name|naming|set|setting)[ ](?:a|an|any)[ ]"
    rf"(?:(?:firm|exact|specific)[ ])?{_NOUN}date\b",
    re.IGNORECASE,
)
"""Each way of the date withheld, in the clause that tells it; however the not being drawn is
told ("would not", "refused to", "declined to", "was not"); or no one named as having set it
("neither broadcaster has confirmed a date", "no streamer has yet announced a release date"); or
the date told not fixed ("A date is not fixed", not a date "not set in stone", which is one), or
no one who will give one ("nobody will put a date on it", "no one is committing to a date")."""


def withheld_date(chunk: str) -> bool:
    """Whether ``chunk`` tells the release date withheld: "Pellowick would not be drawn on a
    release date", "a date would follow in due course", "The premiere date is still a secret"."""
    return _WITHHELD_DATE.search(chunk) is not None


_TO_FOLLOW = lazy_pattern(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ ]{_NOUN}date[ ](?:would|will)[ ](?:follow|come)[ ]"
    r"[‘'“\"]?(?:in[ ]due[ ]course|later(?![ ](?:today|tonight|this))|soon)\b"
)
"""A date still to come: "a release date would follow 'in due course'", read in the unmasked
sentence, as the quoted "in due course" is; not one due "later today", news within the day."""


def due_in_course(evidence: str) -> bool:
    """Whether ``evidence`` puts the date off to a later day: "a date will be announced in due
    course" (:data:`.release_words.DUE_COURSE`) or "a premiere date will follow soon"."""
    return DUE_COURSE.search(evidence) is not None or _TO_FOLLOW.search(evidence) is not None


_GAP = lazy_pattern(r"[ ]*")


def windowed_after(text: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a date withheld only by someone "not drawn on" it when the very next sentence gives
    the work's window in the article's own voice: "Pellowick would not be drawn on a release
    date. The drama is expected on Kelpa in 2027." tells when, not that nothing is known; so
    does a window told without a hedge anywhere on the page."""
    windows = [f.evidence for f in facts if f.kind is ReleaseKind.WINDOW]
    plain = any(_plain_window(f) for f in facts)
    return [
        held(fact, "the article gives a window")
        if _drawn_then_window(text, fact, windows) or (plain and _drawn_only(fact))
        else fact
        for fact in facts
    ]


def _plain_window(fact: ReleaseFact) -> bool:
    """A window served and told without a hedge: "a spokesperson said it would arrive 'in
    2027'". Someone not drawn on a date beside it kept quiet on the day, yet the page tells
    when, so "no date is known" would say less than the page does."""
    return fact.kind is ReleaseKind.WINDOW and not fact.hedged and fact.confidence >= SERVE_LINE


def _drawn_then_window(text: str, fact: ReleaseFact, windows: list[str]) -> bool:
    """Whether ``fact`` is a served "not drawn on" date that the very next sentence of ``text``
    answers with one of the ``windows`` (the evidence of a window fact)."""
    if not _drawn_only(fact):
        return False
    start = text.find(fact.evidence)
    after = _GAP.match(text, start + len(fact.evidence)) if start >= 0 else None
    return after is not None and any(text.startswith(w, after.end()) for w in windows)


def _drawn_only(fact: ReleaseFact) -> bool:
    """Whether ``fact`` is a served date unknown only because someone was "not drawn on" it."""
    return (
        fact.kind is ReleaseKind.NOT_ANNOUNCED
        and fact.confidence >= SERVE_LINE
        and "drawn on" in fact.evidence
        and NOT_ANNOUNCED.search(fact.evidence) is None
    )
