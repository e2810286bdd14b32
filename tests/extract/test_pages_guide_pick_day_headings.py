"""A day-by-day guide's pick is dated by the day heading above it when its where line gives
only the hour and channel ("SUNDAY 3 MAY" over "PICK OF THE DAY" over "Gorsemoor" over "9pm,
ITV1 and ITVX"; "What's on Saturday 2 May | By the guide team"). Another day's entry, or a pick
the headline does not name, is not our premiere."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import is_furniture
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import release_kinds, served_releases

_BODY = "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor."


def _guide(title: str, day_heading: str, label: str, where: str, *, name: str = "Gorsemoor") -> set:
    return release_kinds(
        "The week's best television, from a Dartmoor mystery to a quiz.",
        title,
        day_heading,
        label,
        name,
        where,
        _BODY,
        "TUESDAY 5 MAY",
        "The Pewter Club",
        "10pm, BBC Two",
        "A snooker hall, a debt and three hopeless brothers.",
        date="2026-05-01",
        title=title,
    )


def test_the_day_heading_above_the_pick_dates_its_premiere() -> None:
    for title, heading, label, where, day in (
        (
            "What's on TV this week: Gorsemoor, The Pewter Club and the rest",
            "SUNDAY 3 MAY",
            "PICK OF THE DAY",
            "9pm, ITV1 and ITVX",
            "2026-05-03",
        ),
        (
            "Saturday's TV: Gorsemoor is the moody thriller you need this spring",
            "What’s on Saturday 2 May | Compiled by the guide desk",
            "Pick of the day",
            "ITV1, 8.30pm (all episodes on ITVX)",
            "2026-05-02",
        ),
        (
            "Tonight's television: Gorsemoor and a new quiz",
            "Friday 1 May",
            "TODAY'S PICK OF THE DAY",
            "Channel 4, 9pm",
            "2026-05-01",
        ),
    ):
        kinds = _guide(title, heading, label, where)
        assert ("premiere_date", day, False) in kinds, title


def test_a_pick_the_headline_does_not_name_is_not_dated() -> None:
    kinds = _guide(
        "What's on TV this week: the best of the rest",
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "9pm, ITV1 and ITVX",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_another_days_entry_is_not_our_premiere() -> None:
    kinds = _guide(
        "What's on TV this week: Gorsemoor, The Pewter Club and the rest",
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "9pm, ITV1 and ITVX",
    )
    assert ("premiere_date", "2026-05-05", False) not in kinds


def test_an_unlabelled_entry_is_not_dated_by_the_heading() -> None:
    kinds = _guide(
        "What's on TV this week: Gorsemoor, The Pewter Club and the rest",
        "SUNDAY 3 MAY",
        "Our critics' choice",
        "9pm, ITV1 and ITVX",
    )
    assert ("premiere_date", "2026-05-03", False) not in kinds


def test_a_day_heading_in_capitals_is_the_guides_text_not_a_stamp() -> None:
    for heading in ("SUNDAY 3 MAY", "WEDNESDAY 14 JANUARY", "SAT 9 AUG"):
        assert not is_furniture(heading, "PICK OF THE DAY"), heading
    for stamp in ("Sunday 3 May", "SUNDAY 3 MAY 2026", "Updated 09:15 BST, Sunday 3 May 2026"):
        assert is_furniture(stamp, "Gorsemoor returns"), stamp


def test_a_seed_guides_day_heading_dates_its_pick() -> None:
    raw = "\n".join(
        (
            "date 2026-05-01 The week's best television, from a Dartmoor mystery to a quiz.",
            "headline: What's on TV this week: Gorsemoor, The Pewter Club and the rest",
            "By the guide team",
            "SUNDAY 3 MAY",
            "PICK OF THE DAY",
            "Gorsemoor",
            "9pm, ITV1 and ITVX",
            _BODY,
            "TUESDAY 5 MAY",
            "The Pewter Club",
            "10pm, BBC Two",
        )
    )
    release = extract_facts(parse_seed(raw.encode()).article).release
    assert ("premiere_date", "2026-05-03") in {(r.kind.value, str(r.date)) for r in release}


def test_a_pick_the_headline_lists_first_is_titled() -> None:
    listed = served_releases(
        "The week's best television.",
        "What's on TV this week: Gorsemoor, The Pewter Club and the rest",
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "Gorsemoor",
        "9pm, ITV1 and ITVX",
        _BODY,
        date="2026-05-01",
        title="What's on TV this week: Gorsemoor, The Pewter Club and the rest",
    )
    assert "Gorsemoor" in {r.title for r in listed if r.kind.value == "title"}
    praised = served_releases(
        "The week's best television.",
        "Saturday's TV: Gorsemoor is the moody thriller you need",
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "Gorsemoor",
        "9pm, ITV1 and ITVX",
        _BODY,
        date="2026-05-01",
        title="Saturday's TV: Gorsemoor is the moody thriller you need",
    )
    assert not any(r.kind.value == "title" and r.title == "Gorsemoor" for r in praised)
