"""Whether a casting form's match tells a part of another work or a past one, for
:mod:`bot.extract.cast`: "X, who played Y in Z", "opposite W in Marvel's Agatha", "in the first
three seasons of ITV's “Salt Marsh”", "who left after the first series to play Y". A part in
the article's own work ("in Netflix's Marlow finale", "in Season 1, has exited") stays.
"""

from __future__ import annotations

import re

from bot.extract.castelsewhere import ours
from bot.extract.castleavers import played_then_left
from bot.extract.castnotparts import in_other_work, not_a_part
from bot.extract.castseasons import past_season_end
from bot.extract.castsinceroles import another_works_role
from bot.extract.castworkstars import star_elsewhere
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS, NEGATED, STOP_TOKENS
from bot.extract.names import FULL_NAME, NAME, NAMED_WORK, TOKEN
from bot.lazy_patterns import lazy_pattern

_IN_OTHER_WORK = lazy_pattern(
    rf"(?:[ ]opposite[ ]{FULL_NAME})?[ ]in[ ](?:(?:the[ ])?(?P<owner>(?:{TOKEN}(?:[ ]{TOKEN})?|"
    r"[A-Z][A-Z\d]{1,4})\+?"
    rf"[’']s)[ ])?(?:(?:the|a|an)[ ])?(?P<genre>(?:[\w’'-]+[ ]){{0,3}}?{GENRE_NOUNS}\b)?[ ]?"
    rf"[“\"‘']?(?P<work>{NAME})?"
)
"""After a character (and a partner): "in Marvel's Agatha", "opposite X in Z", "in Z"."""
_PART_OF_OTHER_WORK = lazy_pattern(
    r"[ ]in[ ](?:the[ ]|a[ ]|an[ ]|all[ ]|every[ ])?(?:[\w’'-]+[ ]){0,3}?(?:seasons?|series|"
    r"episodes?|films?|movies?|instal?ments?|books?|volumes?|runs?|revivals?|remakes?|"
    r"adaptations?|versions?|(?P<stage>productions?|stagings?))[ ]of[ ]"
    rf"(?:{TOKEN}(?:[ ]{TOKEN})?[’']s[ ])?{NAMED_WORK}"
)
"""After a character: "in the first three seasons of ITV's “Salt Marsh”", "in a Bristol Old Vic
production of Hedda Gabler" (a stage production of another play; one of a title the headline
names is ours)."""
_DEBUT_IN = lazy_pattern(
    rf"\b(?:made|makes|making)[ ](?:his|her|their)[ ](?:[\w-]+[ ]){{0,2}}?debut[ ]in[ ]"
    rf"{NAMED_WORK}[”\"’']?[ ]?$"
)
"""Right before the part's word, a debut in a named work: "who made his West End debut in Salt
Year" (that work's part, unless the title is ours)."""
_LEFT_FOR = lazy_pattern(r"\b(?:left|leaving|quit|departed|exited)\b")
_PAST_KW = frozenset({"played", "portrayed", "voiced"})
_ONGOING = lazy_pattern(r"\b(?:has|have)$")


def is_past_role(match: re.Match[str], chunk: str, context: Context) -> bool:
    """Whether a casting form's ``match`` in ``chunk`` states no part of this production: a
    role in another work or a past one ("who played Y in Z", "also starred as"), a clause
    rather than a part, or a part the actor left."""
    names = match.re.groupindex
    kw = match["kw"] if "kw" in names else ""
    lead = (match["gap"] if "gap" in names else "") or (match["rel"] if "rel" in names else "")
    ongoing = _ONGOING.search(lead or "") is not None or played_then_left(chunk, match.end())
    end = past_season_end(chunk, match.end())  # "who played Y in Season 1, has exited": ours
    if not_a_part(kw, chunk, match.span(), lead or "", context) or NEGATED.search(lead or ""):
        return True  # "..., as Cal starts university": a clause; "will not play": no part
    if kw in _PAST_KW and not chunk.startswith(", ", end) and not ongoing:
        return True  # "who played Y in Z"; "X, who played Y, posted ...": this film's part
    if another_works_role(f" {lead or ''} {kw} ", chunk[match.end() :]):
        return True
    if _debut_elsewhere(lead or "", context):
        return True  # "X, who made her stage debut in Salt Year as Y": that work's part
    if _LEFT_FOR.search(lead or ""):
        return True  # "X, who left after the first series to play Y in ...": elsewhere
    part_of = _PART_OF_OTHER_WORK.match(chunk, match.end())
    if part_of is not None:
        staged = part_of["stage"] is not None and context.is_known(part_of["work"])
        return not (staged or context.is_ours(part_of["work"]))
    after = _IN_OTHER_WORK.match(chunk, end)
    if after is None or (after["work"] and context.is_ours(after["work"])):
        return False
    if after["genre"] and not (after["work"] or after["owner"]):
        return star_elsewhere(chunk, match.start(), after["genre"], context)  # "in the ITV drama"
    if after["owner"] or (after["genre"] and after["work"]):
        if after["owner"] and _owned_ours(chunk, after.end("owner"), context):
            return False  # "in Netflix's feature-length Marlow finale": ours, a platform's
        return not (after["owner"] and context.is_ours(after["owner"]))
    if after["work"] is None:
        return False
    return in_other_work(chunk, match.start(), lead, after.end()) or _told_earlier(
        after["work"], context
    )


def _told_earlier(work: str, context: Context) -> bool:
    """ "X plays Y in Z", Z a work the article tells as someone's earlier credit ("last seen in
    RTÉ's Z"): Z's part, said in the present of a show still running, never ours."""
    tokens = [t for t in work.split() if t not in STOP_TOKENS]
    return bool(tokens) and all(t in context.earlier and not context.is_known(t) for t in tokens)


def _debut_elsewhere(lead: str, context: Context) -> bool:
    """ "who made her stage debut in Salt Year as Y": a part of a work that is not ours."""
    if "debut" not in lead:
        return False
    debut = _DEBUT_IN.search(lead)
    return debut is not None and not ours(debut["work"], context)


_OWNED = lazy_pattern(r"[ ][^,.;:()“”\"]{1,50}?(?=[,.;:()“”\"]|$)")
"""The words after an owner's name ("in Netflix’s") up to the clause's end."""


def _owned_ours(chunk: str, at: int, context: Context) -> bool:
    """Every capitalised word after "in Owner's" is our title's: the work is ours."""
    stretch = _OWNED.match(chunk, at)
    caps = [t for t in stretch[0].split() if t[:1].isupper()] if stretch else []
    return bool(caps) and all(context.is_ours(t) for t in caps)
