"""A day's guide whose headline opens on the day and names its pick ("Sunday 3 May: Gorsemoor,
ITV1, 9pm — and the rest of the day's TV") dates the pick's premiere by that day, a bracketed
aside after its where line notwithstanding; so does a day heading set straight over the pick's
name ("TV tonight: Gorsemoor, ITV1, 9pm" over "SUNDAY 3 MAY" over "Gorsemoor" over "ITV1, 9pm").
A pick told as a later episode is no premiere; invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_NEW = "Orla Penwick's new six-part thriller opens on a drowned car in a ditch near the tor."
_LATER = "Episode three sees Orla Penwick's ranger go back to the tor at night."


def _headline_day(body: str) -> set[tuple[str, str, bool]]:
    title = "Sunday 3 May: Gorsemoor, ITV1, 9pm — and the rest of the day's best TV"
    return release_kinds(
        "Our pick of the day is a moorland thriller.",
        title,
        "What's On TV | Week of 2–8 May",
        "PICK OF THE DAY",
        "Gorsemoor",
        "ITV1, 9pm (all six episodes on ITVX from 6am)",
        body,
        date="2026-04-27",
        title=title,
    )


def test_a_headline_opening_on_the_day_dates_its_pick() -> None:
    kinds = _headline_day(_NEW)
    assert ("premiere_date", "2026-05-03", False) in kinds
    assert ("title", "", False) in kinds


def test_a_headline_day_pick_told_as_a_later_episode_is_no_premiere() -> None:
    assert ("premiere_date", "2026-05-03", False) not in _headline_day(_LATER)


def _headed(body: str) -> set[tuple[str, str, bool]]:
    title = "TV tonight: Gorsemoor, ITV1, 9pm"
    return release_kinds(
        "A moorland thriller, plus the rest of tonight's best TV.",
        title,
        "SUNDAY 3 MAY",
        "Gorsemoor",
        "ITV1, 9pm",
        "★★★★",
        body,
        date="2026-05-03",
        title=title,
    )


def test_a_day_heading_straight_over_the_pick_dates_it() -> None:
    assert ("premiere_date", "2026-05-03", False) in _headed("NEW SERIES")


def test_a_day_headed_pick_told_as_a_later_episode_is_no_premiere() -> None:
    assert ("premiere_date", "2026-05-03", False) not in _headed(_LATER)
