"""A guide's entry that opens with another work's title and its channel, on invented text:
"Pebble Street (Apple TV+) – the whole run is out now, after its finale landed on 3 April" dates
that work, not the guide's main production; an entry for the main production still counts."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "What to watch this week: Harbour Lights and the best new TV"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-04-10", title=_TITLE)


def test_another_works_entry_with_a_dash() -> None:
    kinds = _kinds(
        "Harbour Lights is the pick of the week.",
        "Pebble Street (Apple TV+) – the whole run is out now, after its finale landed on 3 April.",
    )
    assert ("premiere_date", "2026-04-03", False) not in kinds


def test_another_works_entry_with_a_colon() -> None:
    kinds = _kinds(
        "Harbour Lights is the pick of the week.",
        "Night Shift Blues (ITV1, Sunday 9pm): the second series begins on 12 April.",
    )
    assert ("premiere_date", "2026-04-12", False) not in kinds


def test_the_main_works_own_entry_still_counts() -> None:
    kinds = _kinds(
        "Harbour Lights (BBC One) – the drama begins on Sunday 12 April.",
    )
    assert ("premiere_date", "2026-04-12", False) in kinds


def test_a_dateline_or_update_label_is_no_entry() -> None:
    kinds = release_kinds(
        "CARDIFF (PA) – Filming on Harbour Lights wrapped on 3 April, the producers said.",
        "UPDATE (4pm): Harbour Lights will now begin on BBC One on 12 April.",
        date="2026-04-10",
        title="Harbour Lights wraps",
    )
    assert ("filming_wrapped", "2026-04-03", False) in kinds
    assert ("premiere_date", "2026-04-12", False) in kinds
