"""A leaver named without a part, for :mod:`bot.extract.cast`: "X was originally cast but left
the film in July", or "Y plays Mira, a role that originally went to X before she left" (or
with the part in the leaver's aside: "X, originally cast as Mira, left the film"). The
part is the one a recast just before gives its new actor ("Mira Holt, now played by Ada Vale:
... X was originally cast but left"), else the one named before it in the sentence; with
neither, the leaver is dropped.

Also the new actor of a recast told as "Y took over as Mira": a leaver named without a part
just before ("X left the film and Y took over as Mira") left this part.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, ORIGIN, Casting
from bot.extract.castthenleft import LEFT_WORK
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import FULL_NAME, NAME
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

_CAST_THEN_LEFT = lazy_pattern(
    rf"(?P<old>{NAME})(?:,[ ]who)?[ ](?:was|had[ ]been)[ ](?:originally|initially|first|"
    r"previously)[ ](?:cast|announced|attached|set)(?:[ ]in[ ]the[ ](?:role|part))?"
    r"(?:[ ]in[ ]\w+)?,?[ ](?:but|and|before)[ ]"
    rf"(?:later[ ]|then[ ]|has[ ]since[ ]|since[ ])?{LEFT_VERBS}\b"
)
_ASIDE_THEN_LEFT = lazy_pattern(
    rf"(?P<old>{NAME}),[ ](?:originally|initially|first|previously)[ ](?:cast|announced)[ ]"
    rf"(?:as|(?:for|in)[ ]the[ ](?:role|part)[ ]of)[ ](?P<char>{CHAR}),[ ](?:has[ ]|had[ ])?"
    rf"(?:later[ ]|then[ ]|since[ ])?{LEFT_VERBS}\b"
)
"""The part in the leaver's own aside: "X, originally announced for the part of Tom, left the
production" (X held Tom and lost it)."""
_FIRST_FOR = lazy_pattern(
    r"\b(?:role|part)[ ](?:(?:that|which)[ ](?:was[ ]|had[ ]been[ ])?"
    rf"|of[ ](?P<char>{CHAR})[ ]was[ ])?(?:originally|initially|first)[ ]"
    r"(?:announced|given)[ ](?:for|to)[ ](?:(?:the|an?)"
    rf"[ ](?:[\w-]+[ ]){{0,2}}?(?:actor|actress|star|newcomer)[ ])?(?P<old>{FULL_NAME}),[ ]who[ ]"
    rf"(?:has[ ]|had[ ])?(?:since[ ]|later[ ]|then[ ])?{LEFT_VERBS}\b"
)
"""The part's first holder, who left, in a clause on the part: "a role first announced for the
actor X, who left the production", "the role of Y was first given to X, who left" (a part only
offered casts no one)."""
_HINTS = ("originally", "initially", "first", "previously")
_WENT_TO = (
    r",[ ]an?[ ](?:role|part)[ ](?:that|which)[ ](?:had[ ])?(?:originally|initially|first|"
    rf"previously)[ ](?:went|gone|belonged)[ ]to[ ](?P<old>{FULL_NAME})"
)
"""The part's earlier holder in an aside: ", a role that originally went to Z"."""
_ROLE_WENT_TO = lazy_pattern(
    rf"{_WENT_TO}[ ](?:before|but|until)[ ](?:he|she|they)[ ](?:later[ ]|then[ ])?{LEFT_VERBS}\b"
)
"""The part's earlier holder after its new actor's casting: "X plays Y, a role that originally
went to Z before he left the project" (Z left Y)."""

DEPARTED = lazy_pattern(
    r"\b(?<!that[ ])(?<!which[ ])(?:has|have|had)[ ](?:now[ ]|since[ ]|officially[ ]|also[ ])?"
    r"(?i:exited|left|quit|departed|"
    r"(?:dropped|pulled)[ ]out|stepped[ ](?:down|away|back)|withdrawn|walked[ ]away|"
    r"been[ ](?:replaced|axed|sacked|fired|dropped|written[ ]out|let[ ]go)\b(?![ ](?:in|into|off|"
    r"on|an?|hints?)\b)|(?:declined|decided[ ]not|chosen[ ]not)[ ]to[ ]return)\b|\bno[ ]longer"
    rf"(?:[ ](?:play|star|appear)|$)|,[ ]{LEFT_VERBS}(?:[ ](?:from|of))?[ ](?:the|this)[ ]"
    r"(?:production|project|film|series|show|cast)\b"
    r"|\b(?:will[ ]not|won[’']t)[ ](?:be[ ])?return(?:ing)?\b(?![ ]until)"
    r"|\b(?:had|was[ ]forced|chose|decided|opted)[ ]to[ ](?:leave|quit|exit|step[ ](?:down|away|"
    r"back)[ ]from|walk[ ]away[ ]from|withdraw[ ]from|drop[ ]out[ ]of)(?:[ ]the[ ](?:role|part|"
    r"production|project|film|series|show|cast)\b|$)"
)
"""Words after a casting that say the actor has gone: "X, who plays Y, has exited", "X, who was
announced as Y in May, stepped away from the project in June" (a production left in the simple
past, not "left the room"), "X, announced as Y, will not return", "X had to step away from
the role of Y" (a leaving forced or chosen, said of the part or production, or just before it).
The perfect's verb may be set in capitals for a tabloid's stress: "X, who plays Y, has QUIT".
A perfect whose subject is "that" or "which" is a thing's ("a scene that has left fans in
tears"), never the actor's leaving.
A tabloid's "X, who has played Y since 2023, has been axed / dropped / written out" is gone too."""


_REPLACED_ACTOR = lazy_pattern(
    rf"[ (,]replacing[ ](?:the[ ])?(?:{ORIGIN}[ ])?(?:actor|actress|star|newcomer|performer)[ ]"
    rf"(?P<old>{NAME})(?![ ](?:as|in)\b)"
)
"""A leaver named after a role noun: "..., replacing (the) Danish actor X, who has exited"."""


def cast_then_left(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "X was originally cast but left" and "replacing the actor X": X as a former actor,
    part still to fill (the one named before it in the sentence)."""
    found = [*_REPLACED_ACTOR.finditer(chunk)] if "replacing " in chunk else []
    if any(word in chunk for word in _HINTS):
        found.extend(_CAST_THEN_LEFT.finditer(chunk))
        found.extend(_ROLE_WENT_TO.finditer(chunk))
        found.extend(_ASIDE_THEN_LEFT.finditer(chunk))
        found.extend(_FIRST_FOR.finditer(chunk))
    return [
        Casting(
            m["old"],
            m.groupdict().get("char") or "",
            evidence,
            offset + m.start(),
            CastStatus.FORMER,
            end=offset + m.end(),
        )
        for m in found
    ]


_TOOK_OVER_AS = lazy_pattern(
    rf"(?!(?:The|A|An|This|That|It|He|She|They|We|I)\b)(?P<actor>{NAME})[ ](?:has[ ]|had[ ]|"
    rf"will[ ]|is[ ])?(?:took|taken|takes|take|taking)[ ]over[ ]as[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)

_OWNER_AFTER = lazy_pattern(r"[’']s\b|(?<=s)[’'](?=[ ])")
"""A possessive after the name: the name owns the part described next, it is not the part."""


def took_over_as(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "Y took over as Mira": Y plays Mira, the successor of a leaver named nearby."""
    if " over as " not in chunk:
        return []
    found: list[Casting] = []
    for m in _TOOK_OVER_AS.finditer(chunk):
        if _OWNER_AFTER.match(chunk, m.end()):
            continue  # "took over as Mira's flatmate": whose flatmate, not the part
        start, end = offset + m.start(), offset + m.end()
        found.append(Casting(m["actor"], m["char"], evidence, start, end=end, takeover=True))
    return found


_GONE_LEAD = lazy_pattern(
    r"(?i:\b(?:won['’]t|will[ ]not|isn['’]t|is[ ]not|aren['’]t|are[ ]not|not)[ ](?:be[ ])?"
    r"(?:back|returning|coming[ ]back|return)\b)[^.;:“”\"]{0,40}:[ ]$"
)
"""A lead-in that says the person it introduces is gone: "One face won't be back: X, who
played Y", "Not returning for season two: X, who plays Y"."""


def introduced_as_gone(chunk: str, start: int, end: int = -1) -> bool:
    """The words before ``start`` in the sentence introduce someone who is not back, or the
    casting ending at ``end`` goes on to say the actor left ("but dropped out")."""
    left = _THEN_LEFT.match(chunk, end) if end >= 0 else None
    if left is not None and _EARLIER_HOLDER.search(left[0]) is None:
        return True
    return ":" in chunk[:start] and _GONE_LEAD.search(chunk, 0, start) is not None


_ELSE_LEFT = (
    rf"[ ](?:from[ ](?!{LEFT_WORK}|[A-Z])|for[ ](?:a|an|the)\b|behind\b|(?:school|home|town|"
    r"work|college|university|him|them|it|me|us)\b|her\b(?![ ][\w’'-])|(?:the|this|that|his|"
    rf"her|their|a|an|my)[ ](?!{LEFT_WORK}))"
)
"""What a forced or chosen leaving leaves when it is not the part: "had to step away from social
media", "decided to leave the flat", "had to leave for a minute", "had to leave the room": the
actor still holds the part ("had to leave the Lumen film", "her role", "for personal reasons"
leave it; "her" alone is someone left, "her" before a noun owns what is left)."""
_THEN_LEFT = lazy_pattern(
    r"[^.;:!?“”\"()]{0,60}?,?[ ](?:but|and|before)[ ](?:(?:she|he|they)[ ])?(?:later[ ]|then[ ]|"
    r"since[ ]|"
    r"subsequently[ ]|eventually[ ]|has[ ]since[ ])?(?:dropped[ ]out|pulled[ ]out|withdrew|"
    r"exited|departed|stepped[ ](?:down|away|back)|walked[ ]away|"
    r"(?:had|was[ ]forced|chose|decided|opted)[ ]to[ ](?:leave|quit|exit|withdraw|drop[ ]out|"
    rf"pull[ ]out|step[ ](?:down|away|back)|walk[ ]away)(?!{_ELSE_LEFT})|"
    r"(?:left|quit)[ ](?:the|this|that)[ ](?:project|production|film|series|show|cast|role|part)|"
    r"(?:left|quit)(?=[ ](?:(?:days|weeks|months|a[ ](?:day|week|month|few[ ]\w+))[ ]later|"
    r"soon[ ]after|shortly[ ]after|before[ ](?:filming|shooting|production|cameras))\b))"
    r"\b"
)
"""After a casting, its actor's leaving: "but dropped out", "and left the production", a leaving
forced or chosen ("and had to step away", "but decided to withdraw"), or a bare "but left weeks
later" / "but quit soon after" (a time straight after: the part, not a room)."""
"""After a casting in its own clause, the same actor leaving: "X was announced as Y in May but
dropped out", "X was cast as Y and later left the project" (not "and Z dropped out")."""


_EARLIER_HOLDER = lazy_pattern(_WENT_TO)
"""Another actor named before the leaving: "X plays Y, a role that originally went to Z before
he left the project" tells that Z left, not X (an aside "written by Z" or "brokered by Z" does
not)."""


_SEASONS_THEN_LEFT = lazy_pattern(
    r"[ ](?:throughout|in|during|for|across)[ ](?:the[ ]|its[ ]|all[ ]|both[ ])?"
    r"(?:(?:first|second|third|fourth|last|previous|earlier|two|three|four|\d)[ ]){0,2}"
    r"(?:seasons?|series)(?:[ ](?:one|two|three|four|\d))?,[ ](?:has|have|had)[ ]"
    r"(?:now[ ]|since[ ]|officially[ ])?(?:exited|left|quit|departed|stepped|walked|dropped)\b"
)


def played_then_left(chunk: str, end: int) -> bool:
    """After "X, who played Y" (ending at ``end``), the seasons X played it in and then that X
    has left: "who played Y throughout season one, has left the series" (this production's
    part, now former; "who has played Y since 2022" is ongoing the same way)."""
    return _SEASONS_THEN_LEFT.match(chunk, end) is not None
