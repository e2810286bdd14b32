"""A past shoot's end told after its verb ("was shot in Kent and wrapped in September",
"wrapping in mid-September"); a start told after "by the time" in its own clause; a guide
pick's where line read under a starred name, and "from Friday" as the guide's week's Friday."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_shoot_told_then_and_wrapped_ends_it() -> None:
    found = release_kinds(
        "The feature-length film was shot in Marlock last summer and wrapped in September.",
        date="2026-02-10",
    )
    assert found == {("filming_wrapped", "2025-09", False)}


def test_a_release_told_then_and_wrapped_is_no_shoot() -> None:
    found = release_kinds(
        "The film was released in Marlock and wrapped in September by a critic.", date="2026-02-10"
    )
    assert ("filming_wrapped", "2025-09", False) not in found
    shot = release_kinds(
        "The film was shot in Marlock and wrapped in September.", date="2026-02-10"
    )
    assert shot == {("filming_wrapped", "2025-09", False)}


def test_wrapping_in_mid_month_ends_the_shoot() -> None:
    found = release_kinds("It was shot in Marlock, wrapping in mid-September.", date="2026-02-10")
    assert found == {("filming_wrapped", "2025-09", False)}


def test_a_start_after_by_the_time_is_its_own_clause() -> None:
    found = release_kinds(
        "Ada Quell had been living with the part by the time cameras rolled in July.",
        date="2026-02-10",
    )
    assert found == {("filming_started", "2025-07", False)}


def test_a_start_that_had_been_due_is_no_start() -> None:
    found = release_kinds("Cameras had been due to roll in July.", date="2026-02-10")
    assert found == set()
    rolled = release_kinds("Cameras rolled in July.", date="2026-02-10")
    assert rolled == {("filming_started", "2025-07", False)}


def _guide(name: str, where: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "Our pick of the week’s new TV.",
        name,
        where,
        "Ada Quell is superb as the lighthouse keeper.",
        "THE TIN LID ★★★",
        "Channel 4, Sunday 7 June, 9pm",
        "A chilly thriller.",
        date="2026-06-01",
        title="What to watch this week: Copper Bay, The Tin Lid and more",
    )


def test_a_starred_picks_where_line_dates_it() -> None:
    found = _guide("COPPER BAY ★★★★", "Netflix, from Friday 5 June")
    assert ("premiere_date", "2026-06-05", False) in found
    assert ("premiere_date", "2026-06-07", False) not in found


def test_from_a_weekday_is_the_guides_weeks_day() -> None:
    found = _guide("Copper Bay", "Netflix, from Friday")
    assert ("premiere_date", "2026-06-05", False) in found


def test_a_weekly_slot_dates_nothing() -> None:
    found = _guide("Copper Bay", "BBC One, Sunday, 9pm")
    assert ("premiere_date", "2026-06-07", False) not in found
    started = _guide("Copper Bay", "BBC One, from Sunday")
    assert ("premiere_date", "2026-06-07", False) in started
