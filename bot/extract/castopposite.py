"""Parts after "opposite" or "alongside", for :mod:`bot.extract.cast`.

"Ada Vale plays opposite Lund as Mira", "co-stars with Lund as Mira", "returns opposite Lund as
Mira": the part is the subject's, not the name the preposition governs. When a playing verb
stands right before "opposite", "alongside" or "with", the name after it is a partner in the
scene; its "as Y" belongs to whoever plays. ("..., opposite Lund as Mira" with no verb before
is a second casting and stays one, as is "is cast with Lund as Mira".) An aside's news of the
casting counts as the verb: "Ada Vale, announced alongside Lund as Mira, ..." is hers. "plays
opposite Lund as her partner, Mira" is held: whose partner "her" means decides who plays Mira.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_VERB = (
    r"(?:plays|play|playing|stars|star|starring|co-stars|co-star|co-starring|appears|appear|"
    r"appearing|acts|acting|performs|performing|co-leads|leads|(?:is|was|has[ ]been)[ ]cast)"
)
_PARTNER = r"[ ](?:opposite|alongside|beside|against|(?<!cast[ ])with)[ ]"
_ANNOUNCED = (
    r",[ ](?:(?:first|originally|initially|also)[ ])?(?:announced|unveiled|revealed|confirmed)"
    r"[ ](?:opposite|alongside|beside|with)[ ]"
)
"""A casting's news told in an aside, then a partner word: "X, announced alongside Y as Z"
(not "the film was announced with Y as Z", where Y is cast)."""
_LEAD = rf"(?:{_VERB}{_PARTNER}|(?:returns|return|returning)[ ]opposite[ ])"
"""A playing verb and a partner word; "returns opposite" too (a show "returns with X as Y")."""
_OPPOSITE = lazy_pattern(
    rf"(?P<actor>{NAME})(?:[ ](?:(?:also|now|will|would|is|was|[a-z]+ly)[ ]){{0,2}}{_LEAD}"
    rf"|{_ANNOUNCED})(?P<other>{NAME})[ ]as[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)
_VERB_PARTNER = lazy_pattern(rf"\b{_LEAD}|{_ANNOUNCED}")
_WORDS = (" opposite ", " alongside ", " with ", " beside ", " against ")
_PARTNER_BEFORE = lazy_pattern(rf"\b{_VERB}{_PARTNER}$|{_ANNOUNCED}$|[a-z][ ]opposite[ ]$")
"""A playing verb and a partner word, or any word before "opposite" ("seen opposite")."""
_PAST_PARTNER_BEFORE = lazy_pattern(
    r"\b(?:(?:played|starred|appeared|co-starred)[ ]"
    r"(?:(?!,[ ](?:now[ ]|also[ ]|still[ ]|[a-z]+ly[ ])?(?:is|are|will|returns|stars|plays|"
    r"joins|appears|co-stars|reunites|comes|steps|takes|leads)\b)[^.;:“”\"()]){0,60}?"
    r"|(?:played|(?:starred|appeared|co-starred)[ ]as)[ ](?:[a-z]+[ ]){0,3}"
    r"(?:“[^“”.]{1,30}”|\"[^“”\".]{1,30}\"))"
    r"[ ](?:opposite|alongside)[ ]$"
)
"""A past part, then its partner: "She played Nell, the youngest, opposite Ada Vell as Mira",
"he played the mysterious “Kid” opposite Ada Vell's Mira", "she starred as “Kid” alongside
..." (a quoted part only after "played" or a verb with "as": "starred in “Title” opposite"
quotes a title); not when the past part is a clause
the present goes on from ("X, who starred in the first film, returns alongside Ada Vell as
Mira": ours)."""
_PERFECT_BEFORE = lazy_pattern(r"\b(?:has|have|[’']s|[’']ve)[ ](?:[a-z]+[ ])?$")
"""A part played up to now ("has played Nell since 2022, opposite ...", "has long played",
"’s played"): ours goes on."""
_OWNED_PART = ("her ", "his ", "their ")
"""A part told by whose it is ("X stars opposite Y as her partner, Z"): the pronoun may be X's
(then Y plays Z) or Y's (then X does); only the gender of both would tell, so the casting is
held."""


def opposite_castings(chunk: str, starts: list[int], evidence: str, offset: int) -> list[Casting]:
    """Each "X plays opposite Y as Z" in the sentence: X plays Z."""
    if not any(word in chunk for word in _WORDS):
        return []
    gates = [m.start() for m in _VERB_PARTNER.finditer(chunk)]
    if not gates or " as " not in chunk[gates[0] :]:
        return []
    found: list[Casting] = []
    last = 0
    for start in starts:
        if start >= gates[-1]:
            break
        match = _OPPOSITE.match(chunk, start) if start >= last else None
        if match is not None:
            last = match.end()
            begin, end = offset + match.start(), offset + match.end()
            owned = chunk.startswith(_OWNED_PART, match.end("other") + len(" as "))
            found.append(
                Casting(match["actor"], match["char"], evidence, begin, end=end, unsure=owned)
            )
    return found


def a_partner(chunk: str, match: re.Match[str]) -> bool:
    """Whether a casting form's "Y as Z" has its name governed by "plays opposite" or "stars
    alongside": a scene partner, not who plays the part ("opposite Y, who plays Z" still tells
    Y's part)."""
    start = match.start()
    groups = match.groupdict()
    if groups.get("kw") != "as" or groups.get("gap"):
        return False
    if not chunk.endswith(_WORDS, 0, start):
        return False
    return _PARTNER_BEFORE.search(chunk, max(start - 40, 0), start) is not None


def past_partner(chunk: str, start: int) -> bool:
    """Whether the name at ``start`` is the partner of a part someone "played" (past) just
    before: "She played Nell, the youngest, opposite Ada Vell as Mira" tells that work's cast,
    told as a career's past, not this production's; or of the part that "made him famous"."""
    past = _PAST_PARTNER_BEFORE.search(chunk, max(start - 90, 0), start)
    if past is not None and _PERFECT_BEFORE.search(chunk, 0, past.start()) is None:
        return True
    if not chunk.endswith(_PARTNER_WORDS, 0, start):
        return False
    ends = [at for at in (chunk.find(";", start), chunk.find(":", start)) if at >= 0]
    return _MADE_FAMOUS.search(chunk, start, min(ends, default=len(chunk))) is not None


_PARTNER_WORDS = (" opposite ", " alongside ")
_MADE_FAMOUS = lazy_pattern(
    r"\b(?:made|turned)[ ](?:him|her|them)[ ](?:famous|a[ ](?:household[ ]name|star)|"
    r"an?[ ](?:overnight[ ])?(?:star|icon))\b|\bmade[ ](?:his|her|their)[ ]name\b"
)
"""The part that "made him famous" (or "made her name"): the sentence tells the work a career
was made in, so its partner ("But it was Nell, opposite Ada Vell's Mira, that made him
famous") is that work's cast, not ours. Only in the partner's own clause: "... opposite Ada
Vell's Mira; a sitcom made him famous" tells of another work after the semicolon."""
