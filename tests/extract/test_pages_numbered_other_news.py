"""A newsletter's numbered item headed as other news ("3. ALSO ON OUR RADAR", "4) Elsewhere")
gathers other shows' news: what it dates, casts or credits is theirs, not the lead work's, up to
the next numbered item."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Morning. Two things today: a date for Quillmoor and a few bits besides."
_TITLE = "The Dispatch: Quillmoor gets a date"
_OURS = (
    "1. QUILLMOOR LANDS IN AUTUMN",
    "Quillmoor, the fen-country drama, premieres on Apple TV+ on Friday 2 October. Dorrit "
    "Avenell stars as Sella Crane.",
)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. ALSO ON OUR RADAR",
            "ITV has ordered a fourth run of the cheerfully rowdy “Pennyworth Lane”. Filming "
            "starts in Cardiff in May.",
        ),
        (
            "2) Elsewhere",
            "Channel 4’s baking contest Proving Ground is coming back. Production begins in "
            "Leeds in May.",
        ),
        (
            "2. IN BRIEF",
            "The makers of Wexcombe say cameras roll again in May, with Tobin Harle as Ned Asker.",
        ),
    ],
)
def test_other_news_item_dates_no_filming_of_ours(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-02-03", title=_TITLE)
    served = [r for r in found.release if r.served]
    assert not any(r.kind.value.startswith("filming") for r in served)
    assert any(str(r.date) == "2026-10-02" for r in served)
    assert ("Dorrit Avenell", "Sella Crane") in served_pairs(found)


def test_a_later_numbered_item_naming_ours_is_ours_again() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. ALSO ON OUR RADAR",
        "ITV has ordered a fourth run of the quiz show “Pennyworth Lane”.",
        "3. Quillmoor behind the scenes",
        "Quillmoor started filming in Norfolk in March 2025.",
        date="2026-02-03",
        title=_TITLE,
    )
    served = [r for r in found.release if r.served]
    assert any(r.kind.value == "filming_started" for r in served)
