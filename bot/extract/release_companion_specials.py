"""A special made to go with the work: "Brinefield: Behind the Tide, a
one-hour special in which ..., airs ahead of the release of the film Brinefield on 9
March". The special's name is not the work's title; the work named after "the release of" is.
What the page then says of "the special" ("The special ... will be broadcast on 15 April")
dates the special, not the work."""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_NAME = r"[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|a))*?(?:[ ][A-Z][\w’'-]*)?"
_PIECE = r"(?:special|documentary|podcast|programme|retrospective)"
_COMPANION = lazy_pattern(
    rf"(?P<piece>{_NAME}(?::[ ]{_NAME})?),[ ]an?[ ](?:[\w’'-]+[ ]){{0,3}}?{_PIECE}\b"
    r"(?![ -](?:makers?|hosts?|presenters?|series)\b)[^.;]{0,120}?"
    r"\b(?:ahead[ ]of|to[ ]mark)[ ]the[ ](?:release|launch|premiere|arrival)[ ]of[ ]"
    r"(?:the[ ](?:film|movie|series|show|drama)[ ])?(?P<work>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*)"
)
"""A piece glossed by its noun, then, in the same sentence, the release of the work it goes with;
not a person glossed by a trade ("a documentary maker by training")."""
_OF_THE_PIECE = lazy_pattern(rf"[ “\"‘']*The[ ]{_PIECE}\b")
"""A sentence about the piece, by its noun: "The special, presented by ..., airs on ..."."""


def companion_specials(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` with a companion piece's name (:data:`_COMPANION`) and its own dates taken
    out, and the work it goes with given as the title."""
    match = _COMPANION.search(doc.text) if "ahead of" in doc.text or "to mark" in doc.text else None
    if match is None or match["piece"] == match["work"]:
        return release
    piece, work = match["piece"], match["work"]
    kept = [
        fact
        for fact in release
        if fact.title != piece
        and (fact.kind is ReleaseKind.TITLE or _OF_THE_PIECE.match(fact.evidence) is None)
    ]
    if any(fact.title == work for fact in kept):
        return kept
    start = doc.text.rfind("\n", 0, match.start()) + 1
    end = doc.text.find("\n", match.end())
    evidence = doc.text[start : end if end >= 0 else len(doc.text)].strip()
    return [*kept, ReleaseFact(ReleaseKind.TITLE, evidence, title=work)]
