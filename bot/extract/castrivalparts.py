"""Parts of rival works on an awards or chart page, for :func:`bot.extract.extract_facts`.

An awards or chart page ranks many works: "In best actress, Ada Vale is up against Bea Lund,
who plays the widow Mira in Quillon Year" or "Kai Moss, who voices Pip in Tin Lid, slipped to No 3".
A present-tense "who plays P in W" there sets the part in W; when W is not the page's own work,
the casting is that rival's, not ours. So is every casting told after a title the page's chart
places but that names none of ours, up to a word of ours ("ahead of Tin Lid (2.1m hours), which
stars Bea Lund as Mira and Kai Moss as Pip", "Next is Tin Lid, in which Bea Lund plays Mira").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.castchartplaces import CHART_WORDS, headline_has
from bot.extract.castelsewhere import ours
from bot.extract.castrivalfollowers import after_rival_tallies
from bot.extract.castrivaltallies import in_rival_tally
from bot.extract.castroleanaphors import held_role_anaphors
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.page_chart_notes import chart_rivals
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_CONTEST = lazy_pattern(
    r"(?i)\b(?:awards?|nominations?|nominees?|nods|shortlist|baftas?|oscars?|emmys?|globes?|"
    rf"{CHART_WORDS})\b"
)
"""A headline that reports a contest or a chart: a page of many works."""
_WHO_PLAYS_IN = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:plays|voices)[ ](?P<part>[^,;:()]{{1,60}}?)[ ]in[ ]"
    rf"(?:the[ ](?:[a-z]+[ ]){{0,2}})?[“\"‘']?(?P<work>{NAME})"
)
"""A rival's part in its own work: "Bea Lund, who plays the widow Mira in Quillon Year"."""


_OUR_WORD = lazy_pattern(r"[A-Z][\w’'-]*")


@once_per_doc
def rival_spans(
    doc: Doc, names_ours: Callable[[str], bool]
) -> dict[str, tuple[tuple[int, int], ...]]:
    """For each sentence of a chart page that names a rival title its chart places, the spans
    of the sentence that tell of that rival: from the title on, up to a word of ours
    (``names_ours``) or the sentence's end. However the clause is joined ("..., which stars X",
    "(29m), starring X", "in which X plays", "with X as"), a casting in it is the rival's."""
    rivals = chart_rivals(doc, names_ours)
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    if not rivals:
        return spans
    for view in doc.views:
        text = doc.text[view.span.start : view.span.end].strip()
        found = []
        for title in rivals:
            at = text.find(title)
            while at >= 0:
                end = at + len(title)
                ours_at = next(
                    (w.start() for w in _OUR_WORD.finditer(text, end) if names_ours(w[0])),
                    len(text),
                )
                found.append((end, ours_at))
                at = text.find(title, end)
        if found:
            spans[text] = tuple(found)
    return spans


def rival_clause(actor: str, evidence: str, spans: dict[str, tuple[tuple[int, int], ...]]) -> bool:
    """Whether ``evidence`` names ``actor`` inside one of its rival spans (:func:`rival_spans`)."""
    at = evidence.find(actor)
    return at >= 0 and any(start <= at < end for start, end in spans.get(evidence, ()))


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
    if not cast:
        return cast
    spans = rival_spans(
        doc, context.is_known
    )  # a chart of two lines or more, whatever the headline
    cast = [f for f in cast if not rival_clause(f.actor, f.evidence, spans)]
    if not contest_page(doc):
        return cast
    followers = after_rival_tallies(doc, context)
    return [
        f
        for f in cast
        if not rival_part(f.actor, f.character, f.evidence, context)
        and not in_rival_tally(f.actor, f.evidence, context)
        and f.evidence not in followers
    ]
