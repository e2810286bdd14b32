"""A day-by-day guide's pick is dated by the day heading above it when its where line gives
only the hour and channel ("SUNDAY 3 MAY" over "PICK OF THE DAY" over "Gorsemoor" over "9pm,
ITV1 and ITVX"; "What's on Saturday 2 May | By the guide team"; "SAT 2 MAY") and its text tells
a start ("Starts tonight", "this new drama"). Another day's entry, a pick the headline does not
list, or a pick told as a later episode is not our premiere; invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import is_furniture
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import release_kinds, served_releases

_BODY = "Starts tonight. Orla Penwick stars as a ranger who finds a stranger's tent on the tor."
_LISTED = "What's on TV this week: Gorsemoor, The Pewter Club and the rest"


def _guide(
    title: str,
    day_heading: str,
    label: str,
    where: str,
    *,
    name: str = "Gorsemoor",
    body: str = _BODY,
    date: str = "2026-05-01",
    other_label: str = "",
) -> set:
    return release_kinds(
        "The week's best television, from a moorland mystery to a quiz.",
        title,
        day_heading,
        label,
        name,
        where,
        body,
        "TUESDAY 5 MAY",
        *((other_label,) if other_label else ()),
        "The Pewter Club",
        "10pm, BBC Two",
        "New series. A snooker hall, a debt and three hopeless brothers.",
        date=date,
        title=title,
    )


def _premieres(kinds: set) -> set:
    return {value for kind, value, _ in kinds if kind == "premiere_date"}


def test_the_day_heading_above_the_pick_dates_its_premiere() -> None:
    for title, heading, label, where, day in (
        (_LISTED, "SUNDAY 3 MAY", "PICK OF THE DAY", "9pm, ITV1 and ITVX", "2026-05-03"),
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
        (
            "Weekend viewing: Gorsemoor & more",
            "SAT 2 MAY",
            "PICK OF THE DAY",
            "9pm, ITV1",
            "2026-05-02",
        ),
    ):
        kinds = _guide(title, heading, label, where)
        assert ("premiere_date", day, False) in kinds, title


def test_a_pick_told_as_a_later_episode_is_not_dated() -> None:
    for body in (
        "Episode three sees the ranger arrested.",
        "The finale: the ranger finally finds out who pitched the tent.",
        "Orla Penwick's ranger gets closer to the truth in the penultimate episode.",
        "The ranger is questioned again. Gripping stuff.",
    ):
        kinds = _guide(_LISTED, "SUNDAY 3 MAY", "PICK OF THE DAY", "9pm, ITV1 and ITVX", body=body)
        assert not _premieres(kinds), body


def test_a_pick_the_headline_does_not_list_is_not_dated() -> None:
    for title, name in (
        ("What's on TV this week: the best of the rest", "Gorsemoor"),
        (_LISTED, "The Rest"),
        (_LISTED, "This Week"),
        (_LISTED, "TV"),
        ("Tonight: Quillon Farm, Gorsemoor and the rest", "Quillon"),
    ):
        kinds = _guide(title, "SUNDAY 3 MAY", "PICK OF THE DAY", "9pm, ITV1 and ITVX", name=name)
        assert not _premieres(kinds), (title, name)


def test_a_january_heading_in_a_december_guide_is_next_year() -> None:
    kinds = _guide(
        "What's on TV over new year: Gorsemoor, The Pewter Club and the rest",
        "FRIDAY 1 JANUARY",
        "PICK OF THE DAY",
        "9pm, ITV1 and ITVX",
        date="2026-12-28",
    )
    assert ("premiere_date", "2027-01-01", False) in kinds


def test_another_days_pick_is_not_our_premiere() -> None:
    kinds = _guide(
        _LISTED,
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "9pm, ITV1 and ITVX",
        other_label="PICK OF THE DAY",
    )
    assert _premieres(kinds) == {"2026-05-03"}


def test_an_unlabelled_entry_is_not_dated_by_the_heading() -> None:
    kinds = _guide(_LISTED, "SUNDAY 3 MAY", "Our critics' choice", "9pm, ITV1 and ITVX")
    assert ("premiere_date", "2026-05-03", False) not in kinds


def test_a_day_heading_in_capitals_is_the_guides_text_not_a_stamp() -> None:
    for heading in ("SUNDAY 3 MAY", "WEDNESDAY 14 JANUARY", "SAT 9 AUG"):
        assert not is_furniture(heading, "PICK OF THE DAY"), heading
    for stamp in ("Sunday 3 May", "SUNDAY 3 MAY 2026", "Updated 09:15 BST, Sunday 3 May 2026"):
        assert is_furniture(stamp, "Gorsemoor returns"), stamp


def test_a_seed_guides_day_heading_dates_its_pick() -> None:
    raw = "\n".join(
        (
            "date 2026-05-01 The week's best television, from a moorland mystery to a quiz.",
            f"headline: {_LISTED}",
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


def _titles(title: str) -> set[str]:
    served = served_releases(
        "The week's best television.",
        title,
        "SUNDAY 3 MAY",
        "PICK OF THE DAY",
        "Gorsemoor",
        "9pm, ITV1 and ITVX",
        _BODY,
        date="2026-05-01",
        title=title,
    )
    return {r.title for r in served if r.kind.value == "title"}


def test_a_pick_the_headline_lists_first_is_titled() -> None:
    for title in (
        _LISTED,
        "What's on TV this week: Gorsemoor and The Pewter Club",
        "Tonight: Gorsemoor, a snooker comedy and the best of the rest",
        "Sunday's TV: Gorsemoor & a very big quiz",
    ):
        assert "Gorsemoor" in _titles(title), title
    for title in (
        "Saturday's TV: Gorsemoor is the moody thriller you need",
        "Tonight: a quiz, Gorsemoor and the rest",
    ):
        assert "Gorsemoor" not in _titles(title), title
