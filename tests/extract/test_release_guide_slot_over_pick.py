"""A guide that heads its pick with the slot in capitals, over the pick's name ("SUNDAY 10 MAY,
ITV1, 9PM" over "Gorsemoor", under "What's on TV this weekend: Gorsemoor"): that day is the
pick's premiere, not the lede's "starts on Sunday" counted from the page's date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "What's on TV this weekend: Gorsemoor"


def _guide(slot: str, pick: str = "Gorsemoor") -> set[tuple[str, str, bool]]:
    return release_kinds(
        "A fierce new moorland mystery starts on Sunday night.",
        _TITLE,
        "Pick of the day",
        slot,
        pick,
        "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor.",
        date="2026-05-02",
        title=_TITLE,
    )


def test_a_slot_in_capitals_over_the_pick_dates_its_premiere() -> None:
    found = _guide("SUNDAY 10 MAY, ITV1, 9PM")
    assert ("premiere_date", "2026-05-10", False) in found
    assert ("premiere_date", "2026-05-03", False) not in found


def test_a_slot_over_another_entry_leaves_the_pick_undated() -> None:
    found = _guide("SUNDAY 10 MAY, ITV1, 9PM", pick="The Pewter Club")
    assert ("premiere_date", "2026-05-10", False) not in found
