"""Parts of rival works on an awards or chart page, for :func:`bot.extract.extract_facts`.

An awards or chart page ranks many works: "In best actress, Ada Vale is up against Bea Lund,
who plays the widow Mira in Quillon Year" or "Kai Moss, who voices Pip in Tin Lid, slipped to No 3".
A present-tense "who plays P in W" there sets the part in W; when W is not the page's own work,
the casting is that rival's, not ours. So is the star of a ", which stars" clause on a title
the page's chart places but that names none of ours ("ahead of Tin Lid (2.1m hours), which stars
Bea Lund as Mira").
"""

from __future__ import annotations

import re

from bot.extract.castchartplaces import CHART_WORDS, headline_has
from bot.extract.castelsewhere import ours
from bot.extract.castrivalfollowers import after_rival_tallies
from bot.extract.castrivaltallies import in_rival_tally
from bot.extract.castroleanaphors import held_role_anaphors
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.page_chart_notes import chart_rivals
from bot.extract.text import Doc
from bot.facts import CastFact

_CONTEST = re.compile(
    r"(?i)\b(?:awards?|nominations?|nominees?|nods|shortlist|baftas?|oscars?|emmys?|globes?|"
    rf"{CHART_WORDS})\b"
)
"""A headline that reports a contest or a chart: a page of many works."""
_WHO_PLAYS_IN = re.compile(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:plays|voices)[ ](?P<part>[^,;:()]{{1,60}}?)[ ]in[ ]"
    rf"(?:the[ ](?:[a-z]+[ ]){{0,2}})?[“\"‘']?(?P<work>{NAME})"
)
"""A rival's part in its own work: "Bea Lund, who plays the widow Mira in Quillon Year"."""


_WHICH_STARS = re.compile(
    r"(?:[ ]\([^()]{1,40}\))?,[ ]which[ ](?:also[ ])?(?:stars|starred|features|co-stars)[ ]"
    rf"(?P<actor>{NAME})"
)
"""A chart's rival placed with the star of its own clause: "Tin Lid (2.1m hours), which stars
Bea Lund as Mira"."""


def rival_clause(actor: str, text: str, rivals: frozenset[str]) -> bool:
    """Whether ``text`` names ``actor`` as the star of a clause on one of a chart's ``rivals``."""
    for title in rivals:
        at = text.find(title)
        while at >= 0:
            clause = _WHICH_STARS.match(text, at + len(title))
            if clause is not None and clause["actor"] == actor:
                return True
            at = text.find(title, at + 1)
    return False


def contest_page(doc: Doc) -> bool:
    """Whether the headline reports awards or a chart."""
    return headline_has(doc, _CONTEST)


def rival_part(actor: str, character: str, text: str, context: Context) -> bool:
    """Whether ``text`` sets the actor's part in a work the page is not about."""
    surname = actor.rsplit(" ", 1)[-1]
    for match in _WHO_PLAYS_IN.finditer(text):
        part = match["part"]
        if match["actor"] not in (actor, surname) or " and " in part or " as " in part:
            continue
        if character in part and not ours(match["work"], context):
            return True
    return False


def drop_rival_parts(cast: list[CastFact], context: Context, doc: Doc) -> list[CastFact]:
    """``cast`` without the rivals' parts of an awards or chart page, and with the parts held
    that a sentence looking back to another work's role gives."""
    cast = held_role_anaphors(cast, context, doc)
    if not cast or not contest_page(doc):
        return cast
    followers = after_rival_tallies(doc, context)
    rivals = chart_rivals(doc, context.is_known)
    return [
        f
        for f in cast
        if not rival_part(f.actor, f.character, f.evidence, context)
        and not (rivals and rival_clause(f.actor, f.evidence, rivals))
        and not in_rival_tally(f.actor, f.evidence, context)
        and f.evidence not in followers
    ]
