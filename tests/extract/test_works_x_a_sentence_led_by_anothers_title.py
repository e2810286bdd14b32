"""A sentence led by the title of a work the profile already told as another's: when it begins
("Lowmoor begins on ITV on 3 May") or who made it ("Lowmoor is written by A") is that work's,
while the page's own work led the same way keeps its date."""

from __future__ import annotations

import datetime as dt

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Mairead Oyelaran: ‘I stopped being the nice one’"
_OPENING = (
    "As she leads a new ITV thriller, the Tin Harbour star looks back.",
    "The 24-year-old is the star of Lowmoor, a four-part ITV thriller created by Petra"
    " Vasquez-Holm, in which she plays a ferry pilot.",
    "For most fans she is still Rosa, the baker she played in two seasons of Tin Harbour.",
)


def _dates(found: ArticleFacts) -> set[dt.date | None]:
    return {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def test_the_other_titles_start_is_not_ours() -> None:
    found = facts(*_OPENING, "Lowmoor begins on ITV on 3 May.", date="2026-02-02", title=_TITLE)
    assert dt.date(2026, 5, 3) not in _dates(found)


def test_the_other_titles_makers_are_not_ours() -> None:
    found = facts(
        *_OPENING,
        "Lowmoor is directed by Ivo Strand and produced by Kemi Arlott.",
        date="2026-02-02",
        title=_TITLE,
    )
    assert not {c.name for c in found.crew if c.served} & {"Kemi Arlott", "Ivo Strand"}


def test_our_own_title_leading_its_start_keeps_the_date() -> None:
    found = facts(
        *_OPENING, "Tin Harbour begins on Netflix on 3 May.", date="2026-02-02", title=_TITLE
    )
    assert dt.date(2026, 5, 3) in _dates(found)
