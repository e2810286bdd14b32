"""A casting told in an apposition, for :mod:`bot.extract.cast`: "For Ada Vale, the 23-year-old
Welsh actor cast as Mira Holt, ..." or "Ada Vale, the newcomer recently cast as Mira, says ...":
a person, then a role noun with "cast as" (or "confirmed last week as") and the part, inside the
commas; or a role noun "playing" the part ("Ada Vale, the Welsh actor playing Mira Holt, ...").

Also a part told in a "playing" aside after the name that opens the sentence: "And Ada Vale,
playing Tom's tutor Professor Holt, gets one speech", or in a bare "as" before the verb: "And
Ada Vale as Mira Holt gets one scene". A name further in may be another clause's
object ("directed by X, playing Y" is the subject's part), so only the opening name counts, or
the first name of an inverted line-up ("New for the film are Ada Vale, playing Mira, and ..."), or
the name apposed to the noun the sentence opens with ("A newcomer, Ada Vale, plays Mira")."""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting, casting_at
from bot.extract.castonscreen import on_screen_castings
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_ROLE_NOUN_ASIDE = (
    rf"(?P<actor>{FULL_NAME}),[ ](?:the|an?)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:actor|actress|"
    r"newcomer|star|performer)[ ]"
)
"""A full name, then the role noun its apposition opens with: "Ada Vale, the Welsh actor ..."."""
_APPOSED_CAST = lazy_pattern(
    rf"{_ROLE_NOUN_ASIDE}(?:(?:(?:newly|recently|just|since|officially)[ ])?"
    r"(?:cast|confirmed|announced)[ ]"
    r"(?:(?:last|this|earlier[ ]this)[ ](?:week|month|year|spring|summer|autumn|winter)[ ]"
    r"|on[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ ])?)?as[ ]"
    rf"(?P<char>{CHAR})(?=[,.;:)]|$)"
)
"""The verb may be "confirmed" or "announced", and a time may stand before "as": "the French
actor confirmed last week as Mira"; a review leaves the verb out: "Ada Vale, a likeable
newcomer as Mira Holt, ..." (the part closing the apposition, not "a star as Mira in Z")."""
_APPOSED_PLAYING = lazy_pattern(
    rf"{_ROLE_NOUN_ASIDE}playing[ ]{DESCRIPTOR}(?P<char>{CHAR})(?=[,.;:)]|$)"
)
"""A role noun with "playing" inside the commas: "Ada Vale, the Welsh actor playing rugby
coach Mira Holt, was ..." (not when the sentence goes on to say she left: "..., has quit")."""
_GONE_AFTER = lazy_pattern(
    r"\b(?:left|leaves|leaving|exit(?:s|ed|ing)?|quit|quits|depart(?:s|ed|ing)?|stepped|steps|"
    r"withdr[a-z]+|dropped|drops|replaced|recast|no[ ]longer|not|n['’]t|former(?:ly)?)\b"
)
_PLAYING_ASIDE = lazy_pattern(
    rf"^(?:(?:And|But|Meanwhile,|Elsewhere,)[ ])?(?P<actor>{FULL_NAME}),[ ](?:still[ ]|again[ ])?"
    rf"playing[ ]{DESCRIPTOR}(?P<char>{CHAR}),[ ](?:is|was|has|gets|makes|brings|steals|gives|"
    r"does|turns|adds|lands|delivers|[a-z]+s)\b"
)
_ARRIVAL_PLAYING = lazy_pattern(
    r"\b(?:[Nn]ew|[Jj]oining|[Aa]dded)[ ](?:to|for|in)[ ](?:the|this)[ ](?:film|movie|cast|show|"
    r"series|season|production|ensemble|line-?up)[ ](?:this[ ]\w+[ ])?(?:is|are)[ ]"
    rf"(?P<actor>{FULL_NAME}),[ ]playing[ ]{DESCRIPTOR}(?P<char>{CHAR})(?=[,.;]|$)(?!,[ ]in[ ])"
)
"""The first arrival of an inverted line-up, its part in a "playing" aside: "New for the film
are Ada Vale, playing Tom's flatmate Mira Holt, and ..." (the name the sentence is about). The
lead-in names a work only by its kind ("to the cast", "for the show"): "New to <Title>", "New on
Netflix this week" or a trailing ", in <Title>" is a round-up of other works."""

_OPENING_AS = lazy_pattern(
    rf"^(?:(?:And|But|Plus|Meanwhile,|Elsewhere,)[ ])?(?P<actor>{FULL_NAME})[ ]as[ ]"
    rf"{DESCRIPTOR}(?P<char>{CHAR})[ ](?:gets|steals|makes|brings|gives|delivers|lands|turns|"
    r"nails|shines|carries|owns|has[ ](?:one|two|a|an|the|just|only|maybe|barely)|is[ ]"
    r"(?:superb|brilliant|excellent|wonderful|terrific|great|fantastic|perfect|heartbreaking))\b"
)
"""The opening actor and part, with no casting verb, as the subject of what they do on screen."""

_CAPS_LABEL = r"(?:[A-ZÀ-Ý][A-ZÀ-Ý’'.-]*(?:[ ][A-ZÀ-Ý’'.-]+){0,3}:[ ])?"
"""A transcript's speaker in capitals before the words ("ORR: "), which open after it."""
_HEAD_APPOSED = lazy_pattern(
    rf"^{_CAPS_LABEL}(?:(?:And|But|Meanwhile,)[ ])?"
    r"(?:The|A|An|Her|His|Their|Your|Our|My|[A-Z][\w’'-]*[’']s)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"[a-z][\w-]*,[ ](?:[a-z][\w-]*[ ]){0,2}"
    rf"(?P<actor>{FULL_NAME}),[ ](?:also[ ]|now[ ])?(?:plays|stars[ ]as|portrays|voices|"
    rf"is[ ]playing|will[ ]play)[ ]{DESCRIPTOR}(?P<char>{CHAR})(?![ ]in[ ])"
)
"""The name apposed to the noun that opens the sentence, then the verb: "A newcomer, Ada Vale,
plays Mira", "The film's co-star, veteran Tom Reed, plays her father Gus", an interviewer's
"Your co-star, Ada Vale, plays ..." (not a part "in" a work named after it)."""


def apposed_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor, the ... actor cast as Part" in the sentence (and "Actor, Part on screen")."""
    found = on_screen_castings(chunk, evidence, offset)
    if ", playing " in chunk:
        found += [casting_at(m, evidence, offset) for m in _PLAYING_ASIDE.finditer(chunk)]
        found += [casting_at(m, evidence, offset) for m in _ARRIVAL_PLAYING.finditer(chunk)]
    if " as " in chunk[:80]:
        found += [casting_at(m, evidence, offset) for m in _OPENING_AS.finditer(chunk)]
    if " playing " in chunk:
        found += [
            casting_at(m, evidence, offset)
            for m in _APPOSED_PLAYING.finditer(chunk)
            if not _GONE_AFTER.search(chunk, m.end())
        ]
    if ", " in chunk[:80]:
        found += [casting_at(m, evidence, offset) for m in _HEAD_APPOSED.finditer(chunk)]
    if " as " not in chunk:
        return found
    return found + [casting_at(m, evidence, offset) for m in _APPOSED_CAST.finditer(chunk)]
