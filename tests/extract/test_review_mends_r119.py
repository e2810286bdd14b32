"""Review of round 119, mended: a past "opened" only of a release, "that <month>" only with its
own year, a leaver's part moved only when the work was left, "opens here" only after a
premiere (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_credits, served_statuses

_GUIDE = "Quarrydown: everything we know about the Netflix film"


def _served(*paragraphs: str, date: str, title: str) -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date, title=title).served()
    return [(r.kind.value, r.title or r.window or r.date) for r in found.release]


@pytest.mark.parametrize(
    "second",
    [
        "Nell Sarto opened up about the shoot ahead of its release on Friday.",
        "Advance sales opened on Monday for its UK release on Friday.",
        "Reservations opened for its release in cinemas on Friday.",
        "The part opened doors for Sarto before the film's release on Friday.",
    ],
)
def test_an_opening_that_is_no_release_leaves_the_coming_day(second: str) -> None:
    assert _served(
        "Quarrydown reaches cinemas this week.", second, date="2027-09-15", title=_GUIDE
    ) == [("premiere_date", dt.date(2027, 9, 17))]


def test_a_film_that_opened_in_cinemas_on_a_weekday_is_still_the_day_gone() -> None:
    assert _served(
        "Quarrydown made £900,000 on its debut.",
        "It opened in Irish cinemas on Friday to strong reviews.",
        date="2027-09-15",
        title="Box office: Quarrydown leads",
    ) == [("premiere_date", dt.date(2027, 9, 10))]


_PROFILE = "Quarrydown: a profile"


@pytest.mark.parametrize(
    "second",
    [
        "Cameras rolled in 2022 around Dunmere and wrapped that July.",
        "Adapted from Sarto’s 2018 memoir, the film began filming in Cork and wrapped that July.",
        "Sarto, who quit radio in 2020, began filming that November.",
        "Shooting begins in 2029 and wraps that July.",
        "Filming began in October 2025 and wrapped that March.",
    ],
)
def test_that_month_without_its_own_year_is_not_dated(second: str) -> None:
    found = _served(
        "Quarrydown is a new Netflix thriller.", second, date="2027-11-02", title=_PROFILE
    )
    assert [value for _, value in found if str(value).endswith(("-07", "-11", "-03"))] == []


def test_that_month_after_a_month_and_year_takes_that_year() -> None:
    assert (
        "filming_wrapped",
        "2024-11",
    ) in _served(
        "Quarrydown is a new Netflix thriller.",
        "The shoot got under way in Cork in June 2024, and wrapped that November.",
        date="2027-11-02",
        title=_PROFILE,
    )


_RECAST = "Quarrydown: Netflix thriller recasts its lead"
_LEDE = "Bram Tolley plays Cass Moran in Quarrydown."


@pytest.mark.parametrize(
    "second",
    [
        "Tolley left the touring musical in 2021 and Joss Pell was cast in his place.",
        "Tolley left Salt Harbour in 2021 and Joss Pell was cast in his place.",
        "Tolley has left Salt Harbour, Kestrel's crime series, over dates. The role went to "
        "Joss Pell.",
        "Tolley quit his choir in 2017 to act. The part went to Joss Pell, who sang solo.",
        "Tolley quit a Salt Harbour spin-off in 2022 to make Quarrydown. The part went to "
        "Joss Pell instead.",
        "Tolley left Salt Harbour in 2021 and was replaced by Joss Pell.",
    ],
)
def test_a_leaving_of_something_else_moves_no_part(second: str) -> None:
    found = facts(_LEDE, second, date="2027-05-04", title=_RECAST)
    assert served_statuses(found) == {("Bram Tolley", "Cass Moran"): CastStatus.CURRENT}


@pytest.mark.parametrize(
    "second",
    [
        "Tolley has left the series. The part went to Joss Pell in the 2016 radio version, and "
        "Netflix has yet to recast.",
        "Tolley has left the series. The role has gone to Joss Pell, according to rumours.",
    ],
)
def test_a_successor_told_of_something_else_or_hearsay_is_not_served(second: str) -> None:
    found = facts(_LEDE, second, date="2027-05-04", title=_RECAST)
    assert ("Joss Pell", "Cass Moran") not in served_statuses(found)


@pytest.mark.parametrize(
    "second",
    [
        "Tolley has quit the series and Joss Pell was cast in his place.",
        "Tolley has stepped away from the role. The part went to Joss Pell.",
        "Tolley left a week later, and was replaced by Joss Pell.",
    ],
)
def test_a_leaving_of_the_work_still_moves_the_part(second: str) -> None:
    found = facts(_LEDE, second, date="2027-05-04", title=_RECAST)
    assert served_statuses(found) == {
        ("Bram Tolley", "Cass Moran"): CastStatus.FORMER,
        ("Joss Pell", "Cass Moran"): CastStatus.CURRENT,
    }


_BOX = "Box office: Quarrydown leads the Irish chart"
_BOX_LEDE = "Quarrydown took €2.4m on its first weekend, leading the Irish box office."


@pytest.mark.parametrize(
    "second",
    [
        "The cinema's refitted screen four opens here on 9 July.",
        "Rival Salt Harbour is showing in France already. It opens here on 30 June.",
        "Salt Harbour, which opened here on 2 June, is the summer's surprise.",
    ],
)
def test_an_opening_here_of_something_else_is_not_our_release(second: str) -> None:
    assert _served(_BOX_LEDE, second, date="2027-06-14", title=_BOX) == []


def test_an_opening_here_after_our_premiere_abroad_is_the_release() -> None:
    assert _served(
        "Quarrydown is a slow, cold horror.",
        "The film premiered in Sitges last month and screened in Lisbon before opening here "
        "on 6 November.",
        date="2027-11-01",
        title="Quarrydown review",
    ) == [("premiere_date", dt.date(2027, 11, 6))]


def test_a_film_that_opened_on_screens_on_a_weekday_is_the_day_gone() -> None:
    assert _served(
        "Quarrydown made £900,000 on its debut.",
        "The thriller opened on 230 screens in Ireland on Friday and held up well.",
        date="2027-09-15",
        title="Box office: Quarrydown leads",
    ) == [("premiere_date", dt.date(2027, 9, 10))]


@pytest.mark.parametrize(
    "second",
    [
        "It is directed by Oda Fenn protégé Nell Sarto's former partner Bram Tolley.",
        "It is written by Oda Fenn protégé and old friend Nell Sarto.",
    ],
)
def test_a_mentor_whose_protege_is_not_the_one_credited_is_not_served(second: str) -> None:
    found = facts("Quarrydown comes to Netflix next year.", second, title=_GUIDE)
    assert served_credits(found) == set()


@pytest.mark.parametrize(
    ("title", "lede", "second"),
    [
        (
            "Quarrydown climbs into the Irish box office top ten",
            "Salt Harbour and Quarrydown drew the crowds.",
            "Completing the top ten was Quarrydown, directed by Oda Fenn and starring Bram "
            "Tolley as Cass, after a slow start.",
        ),
        (
            "Box office: Quarrydown drops to third behind Salt Harbour",
            "Quarrydown fell behind Salt Harbour over the bank holiday.",
            "In third, Quarrydown, directed by Oda Fenn and starring Bram Tolley as Cass, took "
            "€800,000.",
        ),
    ],
)
def test_our_own_film_placed_lower_keeps_its_cast_and_crew(
    title: str, lede: str, second: str
) -> None:
    found = facts(lede, second, date="2027-06-14", title=title)
    assert served_credits(found) == {("director", "Oda Fenn")}
    assert ("Bram Tolley", "Cass") in served_statuses(found)


@pytest.mark.parametrize(
    "second",
    [
        "At the heart of Nell Sarto’s Cass is a fury she never voices.",
        "Bram Tolley is fine, but the centre of Nell Sarto’s Cass is what stays with you.",
    ],
)
def test_a_critics_heart_of_an_actors_part_keeps_the_casting(second: str) -> None:
    found = facts(
        "Quarrydown is a slow, cold triumph.",
        second,
        date="2027-06-14",
        title="Quarrydown review: Netflix's quarry thriller",
    )
    assert ("Nell Sarto", "Cass") in served_statuses(found)
