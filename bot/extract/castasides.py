"""Castings told in an aside after the actor's name, for :mod:`bot.extract.cast`.

"Ada Pell, the film’s Juno, waved" and "Ada Pell, aka our Juno, posted": the part is a name
closed by a comma (or the sentence's end), so "Ada Pell, the film’s director, said" and "Ada
Pell, aka our queen, posted" name no part.

Also the part named after who they are to another part: "Ada Pell is Tom's formidable aunt,
Juno." (a family or household noun: "X is Netflix's head of drama, Y" names no part), and an
aside saying the actor is back in the part: "Pell, back as Juno, said ...".
"""

from __future__ import annotations

import re

from bot.extract.castasideworks import SUBJECT_ASIDE
from bot.extract.castcostars import COSTAR_PART
from bot.extract.castforms import CHAR, CHAR_GROUP, ORIGIN, Casting
from bot.extract.castisdescribed import described_runs
from bot.extract.castisruns import is_runs
from bot.extract.castleavers import DEPARTED
from bot.extract.castnotparts import regard_before_as
from bot.extract.castopposite import past_partner
from bot.extract.castselfasides import self_asides
from bot.extract.castworkspairs import works_pairs
from bot.extract.lexicon import GENRE_NOUNS, RELATION
from bot.extract.names import FULL_NAME, NAME, TOKEN, clean_character
from bot.extract.people import clean_name
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

_ASIDE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ](?:the[ ](?:film|movie|show|series|sequel)[’']s?"
    r"|(?:aka|a\.k\.a\.)[ ](?:our|your|everyone’s|everyone's)(?:[ ](?:own|very[ ]own|beloved))?)"
    rf"[ ](?:new[ ])?(?P<char>{CHAR})(?=,|[.!]?$)"
)
_HINT = ("film’s ", "film's ", "show’s ", "show's ", "series’ ", "series' ", "movie’s ",
         "movie's ", "sequel’s ", "sequel's ", "aka ", "a.k.a. ")  # fmt: skip


_ASIDE_PLAYS = (
    r"(?:who|she|he|they)[ ](?:plays|is[ ]playing|will[ ]play|stars[ ]as|voices|"
    r"(?:came|comes|is)[ ]back[ ]as)[ ]"
)
"""An aside's clause on what the actor plays now, opened by "who" or the actor's pronoun."""
_BRACKETED = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]\({_ASIDE_PLAYS}(?P<char>{CHAR})"
    r"(?=[,;)!]|[ ]for[ ](?:a[ ]few|a|one|two|three|some)[ ](?:days?|weeks?|scenes?|episodes?)\b)"
)
"""A bracketed clause on what the actor plays: "X (who plays Y, the new lodger!)", "X (who came
back as Y for a few days)" (a stretch of our shoot, never another work: "as Y in Z")."""
_DASHED_CLAUSE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ][–—-][ ]{_ASIDE_PLAYS}(?P<char>{CHAR})[ ][–—-](?=[ ]|$)"
)
"""The same clause set off by dashes, the part closing it: "X – she plays Y – rang me", or by
spaced hyphens as typed, "X - who plays Y - rang me" (a part "in" some work, or any word after
it, leaves the aside unread)."""
_DASH_OPENERS = tuple(f" {dash} {word} " for dash in "–—-" for word in ("who", "she", "he", "they"))
_WHO_PLAYS_AND = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ]who[ ](?:plays|voices|portrays|stars[ ]as)[ ](?P<char>{CHAR})"
    r"(?=[ ]and[ ](?:was|is|has[ ]been)[ ](?:(?:recently|also|once|previously|last|best|"
    r"widely)[ ])?(?:seen|known|remembered|starring|nominated|appearing|praised)\b)"
)
"""A relative clause that names the part, then another turn: "X, who plays Y and was recently
seen as Z in W" (X plays Y; Z is another work's part)."""
_WHO_VERBS = ("plays", "voices", "portrays", "stars as")
_TOOK_OVER_BRACKET = lazy_pattern(
    rf"(?P<char>{CHAR})[ ]\((?P<actor>{FULL_NAME}),[ ](?:who[ ](?:took|has[ ]taken|takes)[ ]over"
    rf"(?:[ ]the[ ](?:role|part))?[ ]from|replacing)[ ](?P<old>{FULL_NAME})\)"
)
"""A bracket naming the part's new actor and the one before: "Mira (Ada Vale, who took over
from Lena Moss)", "Mira (Ada Vale, replacing Lena Moss)"."""


_DASHED_PART = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ][–—][ ](?P<char>{CHAR})[ ]in[ ]the[ ]"
    r"(?:series|show|film|movie|drama|sequel)[ ][–—][ ]"
)
"""A set report's dashed aside naming the part in "the" work the article is about: "while X –
Y in the series – waved to fans" (no other work's name can stand in it)."""


_WHOSE_CASTING = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ]whose[ ](?:casting|hiring|signing)[ ]as[ ]{CHAR_GROUP}"
)
"""A relative possessive on the casting itself: "Ada Vale, whose casting as Mira was announced in
May, ...", "whose casting as Tom's flatmate Mira ..." (she has the part; gone if the sentence
then says she left)."""


_UNSETTLED_AFTER = lazy_pattern(
    r"[ ](?:(?:in|on|for)[ ](?!the[ ](?:series|show|film|drama|movie)\b)|"
    r"(?:was|were|is|had[ ]been|has[ ]been)[ ](?:(?:long|widely|only|first)[ ])?"
    r"(?:rumou?red|tipped|mooted|touted|floated|speculated|denied|never|not|"
    r"scrapped|cancell?ed|reversed)\b|(?:fell|falls)[ ]through|never\b)"
)
"""After the part, a work it belongs to ("whose casting as Mira in the 2019 film divided fans":
another production's), or a casting never settled ("was rumoured for months", "was never
confirmed", "fell through"): no pair."""


def _whose_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    found: list[Casting] = []
    for match in _WHOSE_CASTING.finditer(chunk):
        if clean_character(match["char"]) != match["char"]:
            continue
        if _UNSETTLED_AFTER.match(chunk, match.end()):
            continue
        gone = DEPARTED.search(chunk, match.end()) is not None
        status = CastStatus.FORMER if gone else CastStatus.CURRENT
        start, end = offset + match.start(), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, status, end=end))
    return found


def aside_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """ "X, the film’s Y,", "X, aka our Y," "X (who plays Y)", "X – she plays Y –", "X – Y in
    the series –" and "X, who plays Y and was seen as ...": X plays Y."""
    bracketed = " (who " in chunk or " (she " in chunk or " (he " in chunk or " (they " in chunk
    turns = " and " in chunk and any(f", who {verb} " in chunk for verb in _WHO_VERBS)
    dashed = " in the " in chunk and ("– " in chunk or "— " in chunk)
    clause = any(opener in chunk for opener in _DASH_OPENERS)
    found: list[Casting] = []
    if ", whose " in chunk:
        found.extend(_whose_castings(chunk, evidence, offset))
    if "(" in chunk and (" over from " in chunk or ", replacing " in chunk):
        found.extend(_took_over(chunk, evidence, offset))
    if not (bracketed or turns or dashed or clause) and not any(w in chunk for w in _HINT):
        return found
    for match in [
        *_ASIDE.finditer(chunk),
        *(_DASHED_PART.finditer(chunk) if dashed else ()),
        *(_BRACKETED.finditer(chunk) if bracketed else ()),
        *(_DASHED_CLAUSE.finditer(chunk) if clause else ()),
        *(_WHO_PLAYS_AND.finditer(chunk) if turns else ()),
    ]:
        if clean_character(match["char"]) != match["char"]:
            continue  # "aka our Prime Minister": a title, not a part
        start, end = offset + match.start(), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, end=end))
    return found


def _took_over(chunk: str, evidence: str, offset: int) -> list[Casting]:
    found: list[Casting] = []
    for match in _TOOK_OVER_BRACKET.finditer(chunk):
        if clean_character(match["char"]) != match["char"]:
            continue
        start, end = offset + match.start(), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, end=end))
        found.append(
            Casting(match["old"], match["char"], evidence, start, CastStatus.FORMER, end=end)
        )
    return found


_IS_RELATION = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})(?:,[ ]who|{SUBJECT_ASIDE})?[ ]is[ ]"
    r"(?:still[ ]|once[ ]again[ ]|once[ ]more[ ]|again[ ])?"
    rf"(?:(?P<owner>{TOKEN})[’']s|(?P<pron>his|her|their))[ ](?:[a-z][\w-]*[ ]){{0,2}}"
    rf"{RELATION},?[ ](?P<char>{CHAR})(?:[ ](?:once[ ]more|again))?(?=[,;]|[.!]?$)"
)
"""Also "X, who is Tom's flatmate Juno, ...", "X is still (once again) Tom's flatmate Juno",
"X is Tom's mum Juno once more": the owner a one-word name, as parts are called; "his sister
Juno" only in a run of castings ("Y plays Tom, ..., and X is his sister Juno")."""
_RUN_BEFORE = lazy_pattern(r"\b(?:plays|stars[ ]as|is[ ]played[ ]by|portrays)[ ]")
_BACK_AS = lazy_pattern(
    rf"(?P<actor>{NAME})(?:,|[ ][–—])[ ](?:once[ ]again[ ]|now[ ])?(?:back|returning)"
    r"(?:[ ](?:briefly|again|too|here|once[ ]more))?[ ]as[ ]"
    rf"(?:{TOKEN}[’']s[ ](?:[a-z][\w-]*[ ]){{0,2}}{RELATION},[ ])?(?P<char>{CHAR})"
    r"(?=,|[ ][–—]|[.!]?$)"
)
"""An aside saying the actor is back: "X, back as Y, said ...", "X – back as Tom's mum, Y –"."""
_PLAIN = (
    r"(?!(?:of|in|at|on|for|to|from|with|and|or|by|well|if|though|such|much|far|long|soon|part)[ ])"
)
"""Not a word that opens a phrase or clause ("as well as", "as part of"): a plain describing
word."""
_ORIGIN_WORD = rf"{ORIGIN}(?=[ ][a-z])"
"""A nationality before a describing noun ("the Welsh schoolteacher"), never the part."""
_COMPANY = (
    r"(?:[A-Z][A-Z\d]+|Netflix|Amazon|Apple|Disney|Hulu|Paramount|Peacock|Sky|Channel[ ]\d)"
    r"\+?[’']s[ ]"
)
"""An owner that is a company ("ITV's drama chief Y"): a job, not a part."""
_AS_ASIDE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ](?:(?P<gap>(?:[a-z0-9][\w’'-]*[ ]){{0,3}}[a-z0-9][\w’'-]*),?[ ])?"
    rf"as[ ](?:{TOKEN}[’']s[ ](?:(?:[a-z][\w-]*|{ORIGIN})[ ]){{0,2}}(?:great-)?{RELATION},?[ ]"
    rf"|(?:his|her|their)[ ](?:(?:[a-z][\w-]*|{ORIGIN})[ ]){{0,2}}{RELATION},?[ ]"
    rf"|(?:the|a|an)[ ](?:(?:{_PLAIN}[a-z][\w-]*|{_ORIGIN_WORD})[ ]){{1,3}}"
    rf"|(?!{_COMPANY}){TOKEN}[’']s[ ](?:(?:{_PLAIN}[a-z][\w-]*|{_ORIGIN_WORD})[ ]){{1,3}}"
    rf"|(?:{_PLAIN}[a-z][\w-]*[ ]){{1,2}})?"
    rf"(?P<char>{CHAR})(?=,[ ]|[ ][–—][ ]|[ ]who[ ]|[.!]?$)"
)
"""A reviewer's aside on the actor, then the part: "X, as Tom's mum(,) Y, is ...", "X, 85 and
magnificent, as Y, ...", "X, all jaw and bluster as Y, ...", "X, as the cheerful rowing
captain Y, is ...", "X, as the Welsh schoolteacher Y who ..., is ...", "X, as Tom's loyal
deckhand Y, ..." (the part's description in plain words, not a company's or a place's)."""
_NOT_PRAISE = frozenset(
    {"who", "which", "that", "known", "seen", "best", "remembered", "once", "previously",
     "formerly", "earlier", "also", "famous", "famously", "dubbed", "described", "billed",
     "nicknamed", "hailed", "regarded", "cast", "credited", "listed", "introduced", "serving",
     "served", "working", "worked", "then", "later", "first", "played", "starred", "appeared"}
)  # fmt: skip
"""Words of an aside that tell a past turn, a job or a name, not praise of this part."""
_PLACE_END = (" in ", " at ", " from ", " of ", " to ", " on ", " near ")
_WORK_BEFORE = lazy_pattern(
    rf"\bcredits?\b|[ ](?:in|on)[ ](?:{TOKEN}(?:[ ]{TOKEN})?[’']s|the[ ](?:[a-z-]+[ ]){{0,2}}"
    rf"{GENRE_NOUNS})[ ][“\"‘']?[A-Z]"
)
"""Before the actor, another work or a credit: "on ITV's Lumen, where ... while X, as Y," is
that work's part."""

_PAST_AFTER = lazy_pattern(
    r",[ ](?:was|were|had|became|went|won|made|took|gave|spent|[a-z]{2,}ed)\b"
)
"""After the aside, a verb in the past: "X, as Y, toured the country" tells a past turn."""


def _comma_before_as(chunk: str) -> bool:
    """A comma shortly before some " as ": the only place an aside before the part can be."""
    at = chunk.find(" as ")
    while at >= 0:
        if "," in chunk[max(at - _ASIDE_REACH, 0) : at]:
            return True
        at = chunk.find(" as ", at + 4)
    return False


_ASIDE_REACH = 60


def _praised(match: re.Match[str], chunk: str) -> bool:
    """An aside of praise, not a job ("X, as CEO,"), a past turn, a place ("who lives in Leeds,
    has a role as Y") or a verb ("X, has a role as Y"), in a sentence naming no other work."""
    gap = match["gap"] or ""
    words = gap.split()
    if match["char"].isupper() or _NOT_PRAISE.intersection(words) or regard_before_as(gap):
        return False
    if words and words[0] == "and":
        return False  # "played a solicitor opposite X, and turned up as Y": the subject's turn
    if chunk.endswith(_PLACE_END, 0, match.start()):
        return False
    if chunk.endswith(("’s ", "'s "), 0, match.start()):
        return False  # "best known from ITV's Harbour Line, as Y": a work's name, not an actor
    if chunk.endswith(_PARTNER_WORDS, 0, match.start()):
        return False  # "stars in Tin Lane, opposite X, as Y": the subject's part, not X's
    closed = chunk.startswith(", as ", match.start("gap") + len(gap)) if gap else True
    if not closed and "and" not in words and (len(words) > 1 or gap.endswith(("s", "ed"))):
        return False  # "X, has a supporting role as Y": a clause, not an aside
    if _PAST_AFTER.match(chunk, match.end()):
        return False  # "X, as Y, toured the country": a past turn told, not this part
    return _WORK_BEFORE.search(chunk, 0, match.start()) is None


_PARTNER_WORDS = (" opposite ", " alongside ")
"""A scene partner's word right before the aside's name: its "as Y" is the subject's."""


def relation_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """ "X is Tom's formidable aunt, Juno": X plays Juno; "X, back as Juno, ...": so does X;
    "opposite X's Juno Tarrow": so does X."""
    matches: list[re.Match[str]] = []
    if " back " in chunk or " returning " in chunk:
        matches.extend(m for m in _BACK_AS.finditer(chunk) if clean_name(m["actor"]))
    if " is " in chunk and ("’s " in chunk or "'s " in chunk or " his " in chunk or " her " in chunk
                             or " their " in chunk):  # fmt: skip
        matches.extend(
            m
            for m in _IS_RELATION.finditer(chunk)
            if not m["pron"] or _RUN_BEFORE.search(chunk, 0, m.start())
        )
    matches.extend(described_runs(chunk))  # "..., and X is the local sergeant, Y"
    matches.extend(is_runs(chunk))  # "X is Mira, Y is Gus, and Z is Juno"
    matches.extend(self_asides(chunk))  # "X, Mira Holt herself, walks out"
    if " as " in chunk and ", " in chunk and _comma_before_as(chunk):
        matches.extend(m for m in _AS_ASIDE.finditer(chunk) if _praised(m, chunk))
    if "pposite " in chunk or "longside " in chunk:
        matches.extend(
            m for m in COSTAR_PART.finditer(chunk) if not past_partner(chunk, m.start("actor"))
        )  # "he played the “Kid” opposite X's Juno": that work's part, told past
    found: list[Casting] = []
    for match in matches:
        if clean_character(match["char"]) != match["char"]:
            continue
        start, end = offset + match.start(), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, end=end))
    return [*found, *works_pairs(chunk, evidence, offset)]  # "A and B, the film's X and Y"
