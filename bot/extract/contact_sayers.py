"""A speaker named inside a noun's contact clause: "..., Fern Tate, a storyline Ada Vale says
she found the hardest to play." The clause that ends the sentence is Ada Vale's ("a storyline
Ada Vale says she ..."; "a scene Ada Vale admits he dreaded"), so a "she" or a quotation after
it is hers, not the player named earlier in the sentence. The clause finder reads subjects
at a clause's start only; this adds the one after the noun."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_CONTACT_SAYER = lazy_pattern(
    r"[ ](?:a|an|the|one)[ ](?:[a-z]+[ ]){0,2}?[a-z]+[ ]"
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[ ]"
    r"(?:says|said|admits|admitted|recalls|calls|called)[ ](?:she|he|they)[ ]"
)


def contact_sayers(chunk: str) -> list[tuple[int, str]]:
    """Where and whom ``chunk`` names as the speaker of a noun's contact clause."""
    return [(m.start("name"), m["name"]) for m in _CONTACT_SAYER.finditer(chunk)]
