"""A what-to-watch guide's own pick (the work its headline names first, on a line of its own)
is dated by the where line under it ("ITV1, Saturday 9 May, 9pm.", "Sunday 10 May, 8pm,
Channel 5 | all episodes online", "Netflix, from today"): that day is its premiere. Another
entry's line dates that work, not ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "What to watch this weekend: Gorsemoor, The Pewter Club and more"


def _guide(pick_where: str, other_where: str = "BBC Two, Friday 8 May, 10pm") -> set:
    return release_kinds(
        "Our pick is a Dartmoor mystery, plus a comedy about a failing snooker hall.",
        _TITLE,
        "PICK OF THE WEEKEND",
        "Gorsemoor",
        pick_where,
        "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor.",
        "The Pewter Club",
        other_where,
        "A snooker hall, a debt and three hopeless brothers.",
        date="2026-05-08",
        title=_TITLE,
    )


def test_the_picks_where_line_dates_its_premiere() -> None:
    for where, day in (
        ("ITV1, Saturday 9 May, 9pm. All six episodes on ITVX the same day.", "2026-05-09"),
        ("Sunday 10 May, 8pm, Channel 5 | All episodes on My5 afterwards", "2026-05-10"),
        ("Netflix, from today", "2026-05-08"),
        ("Prime Video, every episode from today, Friday 8 May", "2026-05-08"),
    ):
        assert ("premiere_date", day, False) in _guide(where), where


def test_a_labelled_picks_where_line_dates_its_premiere() -> None:
    for name, where in (
        ("Pick of the week: Gorsemoor", "Saturday 9 May, 9pm, ITV1; all six on ITVX"),
        ("PICK OF THE WEEKEND: GORSEMOOR", "Where: ITV1. When: Saturday 9 May, from 9pm."),
    ):
        kinds = release_kinds(
            "Our pick is a Dartmoor mystery, plus a comedy about a failing snooker hall.",
            _TITLE,
            name,
            where,
            "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor.",
            date="2026-05-08",
            title=_TITLE,
        )
        assert ("premiere_date", "2026-05-09", False) in kinds, name


def test_another_entrys_where_line_is_not_our_premiere() -> None:
    kinds = _guide("ITV1, Saturday 9 May, 9pm.", "BBC Two, Friday 15 May, 10pm")
    assert ("premiere_date", "2026-05-15", False) not in kinds


def test_a_pick_the_headline_does_not_name_first_is_not_dated() -> None:
    kinds = release_kinds(
        "Our pick is a Dartmoor mystery, plus a comedy about a failing snooker hall.",
        "What to watch this weekend: The Pewter Club, Gorsemoor and more",
        "Gorsemoor",
        "ITV1, Saturday 9 May, 9pm.",
        "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor.",
        date="2026-05-08",
        title="What to watch this weekend: The Pewter Club, Gorsemoor and more",
    )
    assert ("premiere_date", "2026-05-09", False) not in kinds
