"""A newsletter's numbered item headed by news, not a name ("2. ITV finds its new detective"),
whose first paragraph sets a quoted title as a work by apposition ("... in “The Tallow
Verdict”, a three-part crime drama ..."): the item is that work's, so what it casts, credits or
dates lends our work nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "Today: Lanternfield gets a premiere, ITV finds a lead, and a quiz."
_TITLE = "The Couch Digest: Lanternfield’s big night, and ITV’s new detective"
_OURS = (
    "1. Lanternfield: Always gets a premiere",
    "Lanternfield: Always, the film finale of the Netflix series, premieres in Leeds on "
    "Friday 4 September, with Corin Ashgrove back as Tobias Wren.",
)
_OTHERS = [
    (
        "2. ITV finds its new detective",
        "ITV has cast Pella Ostrand as DI Rhoda Vance in “The Tallow Verdict”, a three-part "
        "crime drama set in the Fens. Filming begins next month and the series is due in the "
        "spring. Osric Lavelle directs.",
    ),
    (
        "2. A lead for the Sunday slot",
        "Pella Ostrand will play Rhoda Vance in ‘Copper Sound’, the new BBC thriller, which "
        "Osric Lavelle directs. It starts shooting next month.",
    ),
    (
        "2. Channel 4 signs up a star",
        "Channel 4 has signed Pella Ostrand to lead “Saltmarsh Road”, a six-part mystery; she "
        "plays Rhoda Vance, and director Osric Lavelle begins filming next month.",
    ),
]


@pytest.mark.parametrize(("heading", "item"), _OTHERS)
def test_quoted_work_item_lends_ours_nothing(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-08-07", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    assert not any(name == "Osric Lavelle" for _, name in served_credits(found))
    assert not any(r.kind.value == "filming_planned" for r in found.release if r.served)


def test_item_quoting_our_title_stays_ours() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. A new face for the finale",
        "Mirela Dunst will play Hester Quill in “Lanternfield: Always”, the Netflix film.",
        date="2026-08-07",
        title=_TITLE,
    )
    assert ("Mirela Dunst", "Hester Quill") in served_pairs(found)
