"""A part told only as someone's kin, for :mod:`bot.extract.cast`: "Ada Vale is back as Tom's
mum." or "Ada Vale, who plays Tom's sister, said ..." names no name, yet the part is plain.

The part is the owner's possessive and one kin noun, nothing between ("Tom's fiercely loyal
sister" is a description, not how the part is known). It must close its sentence, or, in a
"who plays" clause, close that clause with a comma and a lower-case word: a name after it
("Tom's mum, Mira") is the part the other forms read, and ", and ..." or ", although ..." opens
a clause that may still say more of the part. The owner is one word (a part's first name), no
word of the actor's name. A comma after the actor opens only a "who" clause ("Vale, whose
credits include Kit Reed, appeared as Tom's mum" casts no "Kit Reed"). As the part is told
by a description alone, the sentence must state it: not a question, a hope, a rumour or a
denial ("rumours had", "is not playing", or said after it), a regard ("best known as") or a
past turn. Told in a trailing "with" or "while" clause, it is held.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import Casting, casting_at
from bot.extract.castkinitems import kin_items
from bot.extract.castnotparts import regard_before_as
from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

_KIN = (
    r"(?:(?:step-?|half-)?(?:mother|father|mum|mam|mom|dad|sister|brother|son|daughter)|gran|"
    r"nan|grandmother|grandfather|grandson|granddaughter|grandma|grandad|grandpa|aunt|uncle|"
    r"niece|nephew|cousin|twin|wife|husband)"
)
_EVENT = (
    r"(?:launch|premiere|screening|gala|party|after-party|awards|ceremony|event|festival|"
    r"wedding|dinner|reception)"
)
_GAP = (
    r"(?:,?[ ](?!(?:in|of|from|for|with|opposite|and|but|than|like|at|arrived|arrives|attended|"
    r"attends|went|walked|headed|heads)\b)(?!(?:came|comes|turned|turns)[ ](?:to|up)\b)"
    rf"(?!to[ ](?:the|an?|its|their|his|her)[ ](?:[\w-]+[ ])?{_EVENT}\b)[a-z][\w’'-]*){{0,5}}?,?"
)
"""The few words between actor and part, none of them a place or an arrival ("arrived at the
launch as Tom's wife", "came to the gala as", "was invited to the premiere as" is the person's
own kin at an event, not a part); a return to the work is one ("returns to the drama as",
"came back as Tom's mum")."""
_KIN_PART = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})(?P<gap>{_GAP})"
    rf"[ ](?:as|plays|playing)[ ](?P<char>(?P<owner>{TOKEN})[’']s[ ]{_KIN})"
    r"(?P<close>[.;!]?$|[.;!][ ]|,[ ](?=[a-z]))"
)
"""Actor at the sentence's or a clause's start, a few lower-case words ("is back", ", who
plays"), "as", "plays" or "playing", then "Owner's kin" closing the sentence or a clause."""
_UNSTATED = lazy_pattern(
    r"(?i:\b(?:will|would|could|might|may|should|must|be|if|expected|rumou?r(?:s|ed)?|tipped|"
    r"set|hop(?:e|es|ed|ing)|wants?|wanted|likely|reportedly|previously|formerly|originally|"
    r"once(?![ ](?:more|again))|last|first|not|never|no|nor|denie[sd]|deny|denying|"
    r"speculat\w*|claim(?:s|ed)?|reports?|whether|insists?|isn’t|isn't|wasn’t|wasn't|"
    r"won’t|won't)\b)"
)
"""Words before the part that leave the casting unstated, denied or past."""
_RELATIVE = lazy_pattern(r"^,[ ]who\b")
_DOUBT_AFTER = lazy_pattern(
    r"(?i:\b(?:expected|tipped|likely|reportedly|rumou?r(?:s|ed)?|speculat\w*|denie[sd]|"
    r"unconfirmed|no[ ]truth|(?:not|yet[ ]to)[ ](?:be[ ]|been[ ])?confirm(?:ed)?)\b)"
)
"""Words after the part, to the paragraph's end, that doubt or deny it: "Ada Vale, who plays
Tom's mum, is also expected to return", "• Ada Vale as Tom's mum. The studio denied it"."""
_BULLET = lazy_pattern(r"^[ ]*[-*•·▪◦][ ]")
"""A bare list line ("• Ada Vale as Tom's brother."): such a list may be of rumours its
heading denies, so it is held."""
_ASIDE = lazy_pattern(r"\b(?:with|while|whilst|whereas)[ ]$")
"""A trailing "with" or "while" clause ("Two newcomers join, while Ada Vale returns as Tom's
mum"): corpora differ on listing a part told so, so it is held."""


def _kin_roles(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """Each "Actor ... as Owner's kin" the sentence states."""
    if "?" in chunk:
        return []
    found: list[Casting] = []
    for match in _KIN_PART.finditer(chunk):
        owner = match["owner"]
        if owner in STOP_TOKENS or owner in match["actor"].split() or context.is_known(owner):
            continue
        gap = match["gap"]
        if (gap.startswith(",") or match["close"].startswith(",")) and not _RELATIVE.match(gap):
            continue  # "A B, appeared as" (A B may end a list of works); ", and ..." goes on
        if _UNSTATED.search(chunk, 0, match.start("char")) or regard_before_as(gap):
            continue
        at = evidence.find(chunk)
        text, end = (evidence, at + match.end("char")) if at >= 0 else (chunk, match.end("char"))
        if _DOUBT_AFTER.search(text, end):
            continue
        casting = casting_at(match, evidence, offset)
        aside = not gap.startswith(",") and _ASIDE.search(chunk, 0, match.start())
        found.append(replace(casting, unsure=True) if aside or _BULLET.match(chunk) else casting)
    return found


def kin_castings(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """The castings a part told as kin states: a list line's ("Mira, Tom's sister – Ada Vale",
    see :func:`bot.extract.castkinitems.kin_items`) and a sentence's ("Ada Vale is back as
    Tom's mum.")."""
    if "’s " not in chunk and "'s " not in chunk:
        return []
    return [
        *kin_items(chunk, evidence, offset, context),
        *_kin_roles(chunk, evidence, offset, context),
    ]
