"""Who left a part and who took it, in one sentence, for :mod:`bot.extract.cast`.

``X, taking over the role of Y from Z``, ``the role of Y passes to X, replacing Z``, ``X replaced
Z as Y``, ``Z, who was originally cast as Y``, ``Z(, 29,) had left the role of Y`` (an age
aside after the leaver's name), ``X stepped in after Z left``, ``Z, who played Y, won't
return``. A recast names the leaver (former) and, if it says
so, the new actor (current); a form naming no part ("after Z left") takes the part named last
before it (:func:`bot.extract.castforms.fill_parts`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extract.castforms import ADJECTIVE, CHAR, CHAR_GROUP, ORIGIN, Casting
from bot.extract.castpartrecasts import part_slot_recasts
from bot.extract.cues import hint, near, scan
from bot.extract.lexicon import LEFT_VERBS, MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.names import NAME
from bot.extract.organisations import looks_like_company
from bot.extract.partnames import apposed_full_name
from bot.extract.ranks import DESCRIBED_PART, OWNED_PART_LEAD
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

_NO_LEAVER = r"(?![\w’'-]|[ ][A-Z]|[ ](?:star|actor|actress)\b)"
"""Not a leaver: an owner ("from Ada Vale's script"), a name cut short, or a place before the
noun that says who left ("from West End star X"): the takeover then keeps no leaver."""
_FROM = (
    rf"(?:(?:,[ ][^,;:]{{1,60}},)?(?:[ ](?:in|last|this)[ ](?:the[ ](?:[\w’'-]+[ ]){{0,3}})?\w+)?"
    rf",?[ ]from[ ](?!(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|[Tt]oday|[Tt]omorrow|[Nn]ext)\b)"
    rf"(?:(?:the[ ])?(?:{ORIGIN}[ ])?(?:actor|actress|star)[ ])?(?P<old>{NAME}){_NO_LEAVER})?"
)
"""The leaver after an aside, a time or the work: "of X, the tutor, from Y", "from Welsh star Y"."""
_BILLING = r"(?:lead|leading|title|main|central|starring|key)[ ]"
"""How the part is billed, between "the" and "role": "takes over the lead role of Y"."""
_TAKEOVER = lazy_pattern(
    rf"(?!(?:The|A|An|This|That|It|He|She|They|We|I)\b|{ADJECTIVE})(?P<actor>{NAME})"
    r"(?:[ ]\([^()]{1,60}\))?(?:,[ ]who|[^.;:]{0,100}?,)?[ ](?:is[ ]|has[ ]|had[ ]|will[ ])?"
    rf"(?:taking|took|takes|take|taken)[ ]over[ ](?:the[ ])?(?:{_BILLING})?(?:role|part)"
    rf"(?:[ ]of[ ](?:{DESCRIBED_PART}|{OWNED_PART_LEAD}?{CHAR_GROUP}(?![’'](?:s\b|[ ][a-z]))))?"
    rf"{_FROM}"
)
"""Never "the role of Tom's flatmate": the owner is no part (the takeover then names none)."""
_PASSES = lazy_pattern(
    rf"\b(?:[Tt]he[ ])?(?:role|part)[ ]of[ ]{CHAR_GROUP}[ ](?:passes|passed|has[ ]passed|goes|"
    rf"went|has[ ]gone|will[ ]go|falls|fell)[ ]to[ ](?P<actor>{NAME})"
    rf"(?:,?[ ]replacing[ ](?P<old>{NAME}))?"
)
_REPLACE = lazy_pattern(
    rf"(?P<actor>{NAME})(?:,[ ](?:the|a|an)[ ][^,.;:()“”\"]{{1,60}}?(?:[ ]who|,)|,[ ]who"
    r"|,[ ][1-9][0-9],|[ ]\([^()]{1,60}\))?[ ](?:(?:will|has|had)[ ])?"
    r"(?:replac(?:e|es|ed|ing)|succeed(?:s|ed))[ ]"
    rf"(?:(?:{ORIGIN}[ ])?(?:actor|actress|star)[ ])?(?P<old>{NAME})"
    rf"[ ](?:as|in[ ]the[ ](?:role|part)[ ]of)[ ]{CHAR_GROUP}"
    r"(?![’'](?:s\b|[ ][a-z]))"
)
"""Never "as Tom's flatmate": a possessive's name describes the part; it is not the part. An
aside may stand after the successor ("Ada Vale, a drama school graduate, has replaced ..."), and
the leaver's trade before the leaver ("replaced Welsh actor Lena Moss as Mira"); the part may be
named as a role ("has replaced Lena Moss in the role of Mira")."""
_REPLACING = lazy_pattern(
    rf"[ (,]replacing[ ](?P<old>{NAME})\b(?![ ]as\b"
    r"|,?[ ](?:who[ ](?:was|is|had[ ]been|has[ ]been)[ ])?(?:played|portrayed|voiced)[ ]by\b)"
)
"""A leaver replaced: "..., replacing X" ("replacing Mira, who was played by X": Mira is a part,
the one replaced)."""
_JOINS_REPLACING = lazy_pattern(
    rf"(?!(?:The|A|An|This|That|It|He|She|They|We|I)\b)(?P<actor>{NAME})(?:[ ][a-z]+){{1,3}}\b"
    r"[^.;:]{0,100}?[,”\"][ ]replacing[ ](?:(?:[A-Z][a-z]+[ ])?(?:actor|actress|star|newcomer)[ ])?"
    rf"(?P<old>{NAME})[ ](?:in[ ]the[ ](?:role|part)[ ]of|as)[ ]{CHAR_GROUP}"
)
"""The subject joins in someone's place: "X boards, replacing (Irish actor) Z in the role of Y"."""
_ORIGINALLY = lazy_pattern(
    rf"(?P<old>{NAME})(?:,[ ]who)?[ ](?:was|had[ ]been|were|had)[ ](?:originally|initially|first|"
    r"previously)[ ](?:been[ ])?(?:announced|cast|set|slated|attached|named)(?:[ ]in[ ]\w+)?[ ]"
    rf"(?:(?:as|to[ ]play)[ ]{CHAR_GROUP}|in[ ]the[ ](?:role|part)\b)"
)
_LEFT_ROLE = lazy_pattern(
    rf"(?P<old>{NAME})(?:,[ ]\d{{1,3}},)?[ ](?:has[ ]|had[ ]|have[ ])?(?:since[ ]|now[ ]|"
    r"already[ ]|to[ ])?(?:left|leave|quit|"
    r"exited|dropped[ ]out[ ]of|stepped[ ](?:down|away|back)[ ]from|walked[ ]away[ ]from|"
    r"withdrew[ ]from|departed)[ ](?:the[ ])?(?:[a-z]+[ ]){0,2}(?:role|part)[ ]of[ ]"
    rf"{CHAR_GROUP}"
)
_LEFT_PRODUCTION = lazy_pattern(
    rf"(?P<old>{NAME})(?:,[ ]\d{{1,3}},)?[ ](?:has[ ]|had[ ])?(?:now[ ]|since[ ]|officially[ ])?"
    r"(?:left|quit|exited|departed|dropped[ ]out[ ]of|walked[ ]away[ ]from|stepped[ ](?:away|down)"
    r"[ ]from)[ ](?:the|\w+[’']s)[ ](?:[\w’'-]+[ ]){0,2}?(?:movie|film|production|show|series|"
    r"project|cast)\b"
    r"(?:,[ ]in[ ]which[ ](?:he|she|they)[ ](?:was|were|had[ ]been)[ ](?:cast[ ]as|playing|set[ ]to"
    rf"[ ]play)[ ]{CHAR_GROUP})?"
)
"""A departure that names no part: it takes the part of the takeover that follows it."""
_ORIGINALLY_PLAYED = lazy_pattern(
    rf"(?P<char>{CHAR})(?:,[ ][^,.;:()]{{1,60}},)?[ ](?:was|had[ ]been)[ ](?:originally|"
    r"initially|first)[ ](?:(?:going[ ]|set[ ]|supposed[ ]|meant[ ])?to[ ]be[ ])?played[ ]by[ ]"
    rf"(?P<old>{NAME})"
)
"""The part first: "Ollie (, his friend,) was originally going to be played by X" (X left)."""
_AFTER_LEFT = lazy_pattern(
    rf"(?:(?P<actor>{NAME})[ ]stepped[ ]in[ ])?\bafter[ ](?:(?:the[ ])?original[ ](?:actor|actress|"
    r"star)(?:,[ ](?=[A-Z].{1,40},)|[ ]))?"
    rf"(?P<old>{NAME}),?[ ]{LEFT_VERBS}\b(?![ ](?:of|from)[ ]the[ ](?:role|part)[ ]of\b)"
    r"(?![^.;,]{0,40}?[ ](?:as|to)[ ](?:an?[ ]|the[ ]|its[ ])?(?:showrun|direct|produc|writ|edit|"
    r"compos|scor|helm|run\b))"
)
"""A leaving that the part goes on with: "X stepped in after Z left" (not Z leaving a crew job,
"exited as showrunner", "left to direct Y": that fills no part)."""
_NOT_RETURN = lazy_pattern(
    rf"(?P<old>{NAME}),[ ]who[ ](?:ha[sd][ ])?(?:play(?:ed|s)|portrayed|voiced)[ ]{CHAR_GROUP}"
    r"(?![’']s[ ])"
    r"(?:(?!\b(?:says|said|told|tells|adds|added)\b)[^.;]){0,60}?,?[ ]"
    r"(?i:will[ ]not|won['’]t|is[ ]not|isn['’]t|does[ ]not|doesn['’]t)[ ]"
    r"(?:return|be[ ]returning|be[ ]back|come[ ]back|coming[ ]back|returning|reprise)"
    r"(?![a-z]*[ ](?:to|on)[ ](?!(?:the[ ])?(?:role|part|series|show|season|film|franchise)\b))"
)
"""A player "who (has) played" the part and is not returning; not "is not returning to Twitter /
to the stage / to Leeds", which leaves somewhere else, nor a reported clause ("says the show is not
returning"), whose subject is not the player."""
_WONT_RETURN = lazy_pattern(
    rf"(?P<old>{NAME})(?:,[^.;]{{1,80}}?,)?[ ](?:(?:has[ ])?(?:confirmed|said|announced|revealed)"
    r"(?:[ ]in[ ][A-Z][a-z]+)?(?:[ ]that)?[ ](?:he|she|they)[ ])?"
    r"(?:(?:will|would|is|are)[ ](?i:not)|won['’]t|wouldn['’]t|isn['’]t)[ ](?:be[ ])?"
    rf"(?:return|back|returning)[ ]as[ ]{CHAR_GROUP}"
)
_RETURN_HINT = hint(
    "not return", "n't return", "n’t return", "not be back", "not be returning", "not come back",
    "not reprise", "not coming back", "not returning", "n't coming back", "n’t coming back",
    "n't returning", "n’t returning", "n't be back", "n’t be back",
)  # fmt: skip
_RECAST_WITH = lazy_pattern(
    rf"\b(?:has[ ]|have[ ]|had[ ])?recast[ ](?:the[ ])?(?:role|part)[ ]of[ ]{CHAR_GROUP}"
    r"(?:,[ ][^,.;:()“”\"]{1,60},|,)?[ ]with[ ](?:(?:the[ ])?(?:[a-z]+[ ])?(?:newcomer|actor|"
    rf"actress|star)[ ])?(?P<actor>{NAME})(?=[ ](?:stepping[ ]in|taking[ ]over|in[ ]the[ ]"
    r"(?:role|part))\b|[.,;]|$)"
)
"""A part recast with its new player: "has recast the role of Y, Z's roommate, with newcomer X
stepping in" (who had it is told elsewhere)."""
_CAST_THEN_LEFT = lazy_pattern(
    rf"(?P<old>{NAME}),[ ]who[ ](?:was|had[ ]been)[ ](?:announced|cast|named)[ ](?:in[ ]the[ ]"
    rf"(?:role|part)|as[ ](?!\w+[ ]as[ ]){CHAR_GROUP})(?:[ ](?:in|on|last)[ ][\w ]{{1,20}}?)?,[ ]"
    r"(?:has[ ]|had[ ])?(?:since[ ]|now[ ])?(?:exited|left|quit|departed|dropped[ ]out|"
    r"withdrawn|withdrew|stepped[ ](?:down|away|back))\b"
)
"""The leaver told in a relative clause: "X, who was announced in the part in June, has exited"
(the part named before, when none is here); "announced as recently as April" is a time, no part."""
_TAKEOVERS = (_TAKEOVER, _PASSES, _REPLACE, _JOINS_REPLACING, _AFTER_LEFT, _RECAST_WITH)
_RECASTS = (
    (hint("ing over", "took over", "takes over", "take over", "taken over"), _TAKEOVER, True),
    (hint("role of", "part of"), _PASSES, False),
    (hint("recast the ", "recast "), _RECAST_WITH, False),
    (
        hint("who was announced", "who was cast", "who was named", "who had been "),
        _CAST_THEN_LEFT,
        True,
    ),
    (hint("replace", "succeed"), _REPLACE, True),
    (hint("originally ", "initially ", "first ", "previously "), _ORIGINALLY, True),
    (hint("role of", "part of"), _LEFT_ROLE, True),
    (
        hint("left ", "quit ", "exited ", "departed ", "out of ", "away from "),
        _LEFT_PRODUCTION,
        True,
    ),
    (_RETURN_HINT, _NOT_RETURN, True),
    (_RETURN_HINT, _WONT_RETURN, True),
    (hint("replacing "), _JOINS_REPLACING, True),
    (hint("replacing "), _REPLACING, False),
    (hint("played by"), _ORIGINALLY_PLAYED, True),
    (hint("after "), _AFTER_LEFT, False),
)
"""Each recast form, the words it cannot do without (searched first, in the lower-case sentence)
and whether it starts with a name (tried only at capitals up to :data:`_RECAST_REACH` before)."""
_RECAST_REACH = 260
_ANY_RECAST = hint(*(word.lower() for key, _, _ in _RECASTS for word in key.words))


def recasts(chunk: str, lower: str, starts: list[int], evidence: str, offset: int) -> list[Casting]:
    """Departures and replacements in one sentence; a missing part is the one named before."""
    found: list[Casting] = []
    if not _ANY_RECAST.search(lower):
        return found
    for key, pattern, name_led in _RECASTS:
        text = chunk if pattern is _AFTER_LEFT else lower
        if key.search(text) is None:
            continue
        if name_led:
            candidates = near(starts, key.positions(text), _RECAST_REACH)
            matches: Iterable[re.Match[str]] = scan(pattern, chunk, candidates)
        else:
            matches = pattern.finditer(chunk)
        takeover = any(pattern is p for p in _TAKEOVERS)  # no hash of a pattern
        for match in matches:
            groups = match.groupdict()
            char = groups.get("char") or ""
            if char and " " not in char and (named := apposed_full_name(chunk, match.end("char"))):
                char = named[0]  # "the role of Oxford student Mira Holt": the place describes
            start, end = offset + match.start(), offset + match.end()
            if groups.get("actor"):
                found.append(Casting(match["actor"], char, evidence, start, end=end,
                                     takeover=takeover))  # fmt: skip
            old = groups.get("old")
            if old and not looks_like_company(old):  # "from Corvid Studios": no actor left
                found.append(Casting(old, char, evidence, start, CastStatus.FORMER, end=end))
    return part_slot_recasts(sorted(found, key=lambda c: c.start), chunk, offset)
