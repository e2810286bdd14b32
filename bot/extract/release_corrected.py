"""A release date that a correction notice replaced: the new date stands, the old one nowhere.

A live blog's correction retracts a dated claim an earlier entry made and gives the date that
replaces it: "Correction: In our 09:40 update we said Tinder Moth reaches UK cinemas on 5 May.
The studio has now written to say that the UK date is 19 May." or "Our 16:20 post said it lands
on 2 March; in fact it lands on 16 March." A live blog may name the entry by its time in
brackets or before a comma: "In a previous update (13:25) we stated it opens on 4 April",
"in an earlier post, we reported ...". The retracted date, wherever the article
states it (the entry that first gave it, the notice itself), is dropped; the one other date the
rest of the notice gives becomes a fact of the same kind (served in place of a held one
the article reckoned the same day by: "three days before it hits the service"). A notice that
gives no date, or more than one, adds nothing. A shoot's new day written without its year takes
the year that puts it nearer the old one (as the claim's own verb dated it); a release's claim
told in the past ("said the film was released on 15 May") says nothing of its year.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.correction_notices import notice_paras, retracted
from bot.extract.dates import DATE_RE, parse_date
from bot.extract.release_dates import dated
from bot.extract.text import Doc, View
from bot.facts import SHOOT_KINDS, ReleaseFact
from bot.lazy_patterns import lazy_pattern


def corrected(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """``facts`` with each date a correction notice replaced swapped for its new date."""
    notices = notice_paras(doc)
    if not notices:
        return facts
    for para in sorted(notices):
        views = [view for view in doc.views if view.span.para == para]
        for index, view in enumerate(views):
            for start, end in retracted(view, notices) + _entry_claims(view):
                facts = _swapped(doc, context, facts, view, (start, end), views[index + 1 :])
    return facts


_ENTRY_CLAIM = lazy_pattern(
    r"\b(?:in[ ])?(?:an|a|the|our)[ ](?:earlier|previous)[ ](?:entry|post|update)"
    r"(?:[ ]\(\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?\))?,?[ ]we[ ](?:had[ ])?"
    r"(?:said|stated|reported|wrote|claimed)\b"
    r"|\bwe[ ]also[ ](?:said|stated|reported|wrote|claimed)\b"
)
"""A notice's claim told of a live blog's entry by its time: "In a previous update (13:25) we
stated"; or a notice's second claim, told after its first: "We also said filming began on 3 July;
it began on 3 August"."""
_TRUTH = lazy_pattern(r";|\b(?:in[ ]fact|actually|but|however|rather)\b")


def _entry_claims(view: View) -> list[tuple[int, int]]:
    """Stretches of a notice's sentence that state what an earlier entry wrongly said."""
    spans = []
    for claim in _ENTRY_CLAIM.finditer(view.lower):
        truth = _TRUTH.search(view.lower, claim.end())
        spans.append((claim.start(), truth.start() if truth else len(view.lower)))
    return spans


def _swapped(  # noqa: PLR0917 - a private helper called once
    doc: Doc,
    context: Context,
    facts: list[ReleaseFact],
    view: View,
    span: tuple[int, int],
    rest: list[View],
) -> list[ReleaseFact]:
    claim = view.chunk[span[0] : span[1]]
    olds = list(DATE_RE.finditer(claim))
    if len(olds) != 1:
        return facts
    evidence = doc.text[view.span.start : view.span.end].strip()
    said = dated(doc.date, claim, olds[0], evidence, context)
    shot = said is not None and said.date is not None and said.kind in SHOOT_KINDS
    old = said.date if shot and said is not None else parse_date(olds[0], doc.date, past=False)
    kinds = {fact.kind for fact in facts if fact.date == old}
    if said is not None:
        kinds.add(said.kind)
    later = [(view.chunk[span[1] :], evidence)] + [
        (after.chunk, doc.text[after.span.start : after.span.end].strip()) for after in rest
    ]
    news = {
        (day, where)
        for text, where in later
        for match in DATE_RE.finditer(text)
        if (day := _near(match, doc.date, old if shot else None)) not in {None, old}
    }
    if old is None or len(kinds) != 1 or len({day for day, _ in news}) != 1:
        return facts
    kind, (new, where) = kinds.pop(), min(news)
    kept = [fact for fact in facts if not (fact.kind is kind and fact.date == old)]
    if any(fact.kind is kind and fact.date == new and fact.served for fact in kept):
        return kept
    kept = [fact for fact in kept if not (fact.kind is kind and fact.date == new)]
    return [*kept, ReleaseFact(kind, where, date=new)]


def _near(match: re.Match[str], ref: dt.date | None, old: dt.date | None) -> dt.date | None:
    """The new date, its year (when unwritten) the one nearer the date it replaces: "said filming
    began on 17 July. It began on 14 July" in September is this July, not next."""
    ahead = parse_date(match, ref, past=False)
    back = parse_date(match, ref, past=True)
    if old is None or ahead is None or back is None:
        return ahead
    return min((ahead, back), key=lambda day: abs((day - old).days))
