"""Names the article gives as parts someone plays: "the 24-year-old plays Lark Tamsin", "was
picked to play Lark Tamsin", "who played Ilse Dravenor for six series", "portraying Dr Ola
Brenner", "won an award for her role as Ilse Dravenor".

A part says nothing in the article's own voice, so such a name is never a quotation's speaker,
even when the cast reading did not take the casting (the player was named by a descriptor, or
the part belongs to another work).
"""

from __future__ import annotations

from bot.extract.names import NAME, NAME_RE
from bot.extract.people import clean_name, is_full, resolve_character
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_PLAYS = lazy_pattern(
    r"\b(?:plays|played|playing|to[ ]play|portrays|portrayed|portraying|the[ ](?:part|role)[ ]of|"
    r"(?:her|his|their)[ ](?:[a-z]+[ ])?role[ ]as)"
    rf"[ \u00a0](?P<name>{NAME})(?![’']s\b)"
    r"(?![ ](?:[A-Z]|(?:a|an|the|some|his|her|their|my|our|your)[ ]))"
)
"""A part after its verb; not someone played something ("flew to Paris to play Tom Reyes an
early demo": Reyes listens), nor the first words of a longer name."""
_DESCRIBED = lazy_pattern(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying)[ ](?:[\w’'-]+[ ]){{0,3}}?"
    rf"[a-z][\w-]*,[ ](?P<name>{NAME})(?=[ ]?[,.;)–—]|$)"
)
"""The part described, then named in apposition ("she plays Cal’s tutor, Dr Ines Roy –"); a
name with a verb after it ("plays the lead, Ada Vale said") begins a clause of its own."""
_KIN_OF = lazy_pattern(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying)[ \u00a0](?P<name>{NAME})[’']s[ ]"
    r"(?:mother|father|mum|dad|sister|brother|aunt|uncle|cousin|daughter|son|grandmother|"
    r"grandfather|gran|wife|husband|girlfriend|boyfriend|partner|(?:best[ ])?friend|tutor|"
    r"teacher)\b"
)
"""A part named through its kin ("who plays Ada’s mother Ruth"): Ada is a part too, and so is
the one full name in the article that she starts ("Ada Yarrowby")."""
_CHARACTER = lazy_pattern(
    rf"(?:^|[.!?][ ]|\n)(?P<name>{NAME}),[ ][^.;“”\"]{{1,160}}?,[ ](?:quickly[ ]|soon[ ]|has[ ])?"
    r"(?:became|become|becomes|is|was|remains)[ ](?:one[ ]of[ ])?(?:the|its|their)[ ]"
    r"(?:show|series|film|book|novel|comic|webcomic|saga)[’']s[ ](?:[a-z]+[ ]){0,3}characters?\b"
    rf"|\bcreated[ ](?P<made>{NAME})[ ](?:in|for)[ ](?:her|his|their|the)[ ](?:[a-z]+[ ])?"
    r"(?:webcomic|comic|comics|novel|novels|book|books|graphic[ ]novels?)\b"
)
"""A name the article calls one of the work's characters ("Ada, who ..., quickly became one of
the show's best-loved characters") or someone's creation ("who created Ada in her novels"): a
part, and so is the one full name in the article that it starts ("Ada Yarrowby")."""
_COLON_PART = lazy_pattern(
    rf"\bthe[ ](?:part|role)[ ][^.:;“”\"]{{0,80}}?:[ ](?P<name>{NAME}),[ ](?:the|a|an)[ ]"
)
"""A part named after a colon that introduces it ("the part that she says made her name: Ada
Vale, the nurse in ..."): a part, never a person who could speak."""
_AS_PART = lazy_pattern(
    rf"(?:^|[.!?][ ]|\n)As[ ](?P<name>{NAME}),[ ](?:[^.;“”\"]{{1,120}}?,[ ])?(?:she|he|they)[ ]"
    r"(?:was|were|became|had[ ]been|spent|played)\b"
)
"""A part set before its player's pronoun ("As Ada Vale, nurse at the Mercy in Ward Six, she was
a fixture"): the name is who the player was on screen, never a person who speaks; not "As Ada
Vale put it" (a speaker's aside, no pronoun)."""
_APPOSED_PLAYED = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:the|a|an)[ ][^.;,:“”\"]{{1,60}}?[ ](?:that[ ]|whom[ ])?"
    r"(?:she|he|they)[ ](?:has[ ]|had[ ]|have[ ])?(?:long[ ])?(?:played|portrayed)\b"
)
"""A part glossed by what its player did ("will always be Ada Vale, the nurse she has played
since 2019"): the name is a part, never a person who speaks."""
_CHEAP = ("As ", "play", "portray", "the part ", "the role ", " role as ", "character", "created")


def played_parts(doc: Doc) -> set[str]:
    """Every name the article says someone plays ("Lark Tamsin")."""
    text = doc.masked
    if not any(word in text for word in _CHEAP):
        return set()
    found = {match["name"] for match in _PLAYS.finditer(text)}
    described: set[str] = set()
    kin: set[str] = set()
    if "the part " in text or "the role " in text:  # each scan only where its words are
        found |= {match["name"] for match in _COLON_PART.finditer(text)}
    if "play" in text or "portray" in text:
        described = {clean_name(match["name"]) for match in _DESCRIBED.finditer(text)}
        kin = {match["name"] for match in _KIN_OF.finditer(text)}
        if "played" in text or "portrayed" in text:  # its verb: the name tried at every character
            found |= {match["name"] for match in _APPOSED_PLAYED.finditer(text)}
    if "As " in text:
        found |= {match["name"] for match in _AS_PART.finditer(text)}
    if "character" in text or "created " in text:  # the long pattern needs one of them
        kin |= {m["name"] or m["made"] for m in _CHARACTER.finditer(text)}
    full = [m.group() for m in NAME_RE.finditer(text) if is_full(m.group())] if kin else []
    return found | described | kin | {resolve_character(name, full) for name in kin}
