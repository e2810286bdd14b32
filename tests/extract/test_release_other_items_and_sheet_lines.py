"""Release times in a page's items on other works, a forum's fact lines, and a bare season's
shoot dated by a relative day."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds


def _newsletter(second_item: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "This week: a date for Copper Bay and more.",
        "The Lookout: Copper Bay gets a date, and more",
        "1. Copper Bay comes home",
        "Lumen has dated Copper Bay, which arrives on 9 May.",
        "2. Tin Lane rides again",
        second_item,
        "3. One to skip",
        "I gave up on Sky's The Quarry after two episodes.",
        date="2027-02-05",
        title="The Lookout: Copper Bay gets a date, and more",
    )


def test_a_newsletter_item_on_another_shows_numbered_season_dates_that_show() -> None:
    found = _newsletter(
        "Harbour TV has confirmed that season four of Tin Lane will arrive later this year."
        " No date yet, but filming wrapped in November."
    )
    assert ("premiere_date", "2027-05-09", False) in found
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_a_newsletter_item_without_a_season_of_the_heading_show_is_left_as_it_was() -> None:
    found = _newsletter(
        "Harbour TV says Tin Lane is in good shape. No date yet, but filming wrapped in November."
    )
    assert ("filming_wrapped", "2026-11", False) in found


def _chart(line: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "Streaming charts: ‘Copper Bay’ rides to the top as viewers binge Lumen’s western",
        "Lumen’s Copper Bay was the most-streamed title of the week, with 300 million minutes.",
        "The six-part western premiered on Lumen on 3 July.",
        "Elsewhere:",
        line,
        date="2027-07-15",
        title="Streaming charts: ‘Copper Bay’ rides to the top as viewers binge Lumen’s western",
    )


def test_a_charts_lower_place_line_dates_the_work_it_places() -> None:
    found = _chart(
        "• Third: Harbour TV’s Tin Lane season three (141m minutes), still watched two weeks"
        " after its 19 June release."
    )
    assert ("premiere_date", "2027-07-03", False) in found
    assert ("premiere_date", "2027-06-19", False) not in found


def test_a_charts_lower_place_line_naming_the_headlines_work_keeps_its_date() -> None:
    found = _chart("• Third: Lumen’s Copper Bay special (90m), released on 25 June.")
    assert ("premiere_date", "2027-06-25", False) in found


def test_a_forum_fact_line_gives_the_release_date_with_a_bare_platform() -> None:
    for line in (
        "- Release date: Friday 9 May 2027, Netflix worldwide",
        "Released: Friday 9 May 2027 (Netflix, worldwide)",
    ):
        found = release_kinds(
            "Copper Bay – Official Discussion Megathread",
            "Welcome to the discussion thread for Copper Bay!",
            line,
            "Directed by: Ada Vale",
            date="2027-05-10",
        )
        assert ("premiere_date", "2027-05-09", False) in found, line


def test_a_fact_line_running_on_past_its_platform_is_left_to_the_ordinary_rules() -> None:
    found = release_kinds(
        "Copper Bay – Official Discussion Megathread",
        "Release date: Friday 9 May 2027, Lumen says, though other regions wait longer",
        date="2027-04-10",
    )
    assert ("premiere_date", "2027-05-09", False) not in found


def test_a_bare_seasons_shoot_dated_by_a_relative_day_is_the_shows() -> None:
    found = facts(
        "Copper Bay star Ada Vale was spotted celebrating in Norfolk.",
        "Filming on series two wrapped last Friday in Wells, with a party at a local pub.",
        date="2027-06-12",
    )
    wrapped = {str(r.date) for r in found.release if r.kind.value == "filming_wrapped"}
    assert wrapped == {"2027-06-11"}


def test_another_shows_season_shoot_dated_by_a_relative_day_stays_out() -> None:
    found = facts(
        "Copper Bay star Ada Vale was spotted celebrating in Norfolk.",
        "Filming on series two of Tin Lane wrapped last Friday in Wells.",
        date="2027-06-12",
    )
    assert not any(r.kind.value == "filming_wrapped" for r in found.release)
