"""Three things that look like release facts and are not: a name a place is given on set (a
café "temporarily renamed “Maison Odette” for the occasion") is no title of the work; a time
only earlier reports claimed ("That departs from earlier reports, which claimed the streamer
planned a weekly release from October.") is not served; a player seen "arriving at a cottage on
Monday" is a person's arrival, not a premiere. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates, served_releases

_TITLE = "Copper Bay: what we know"


def _titles(*paragraphs: str, date: str = "2025-07-20") -> set[str]:
    return {str(r.title) for r in served_releases(*paragraphs, date=date, title=_TITLE) if r.title}


def test_a_cafe_renamed_for_the_shoot_is_no_title() -> None:
    titles = _titles(
        "The crew of Copper Bay, the streaming drama from Perrin Thistleby, filmed on 3 and 4 June "
        "between the old quay and a small bakery near the harbour road, temporarily renamed "
        "“Maison Odette” for the occasion."
    )
    assert "Maison Odette" not in titles  # the production’s own title may be served beside it


def test_a_street_and_a_pub_renamed_on_set_are_no_titles() -> None:
    assert (
        _titles(
            "Copper Bay shot in Wexham last week, where the high street was renamed Gull Lane "
            "for filming."
        )
        == set()
    )
    assert (
        _titles(
            "For the Copper Bay shoot, a pub on the seafront has been renamed “The Tarred Oar”."
        )
        == set()
    )


def test_the_work_renamed_is_still_a_title() -> None:
    assert _titles("Copper Bay has been renamed Copper Reach, the streamer said on Monday.") == {
        "Copper Reach"
    }


def test_a_time_only_earlier_reports_claimed_is_not_served() -> None:
    kinds = release_dates(
        "The Copper Bay trailer closes on a date, 12 November, with the whole series out the "
        "same day. That departs from earlier reports, which claimed the streamer planned a "
        "weekly release from October.",
        "Copper Bay premieres on Netflix on 12 November.",
        date="2026-07-01",
    )
    assert ("window", "2026-10", False) not in kinds
    assert ("premiere_date", "2026-11-12", False) in kinds


def test_previous_reports_suggesting_a_month_are_not_served() -> None:
    kinds = release_dates(
        "Copper Bay arrives on 12 November. Previous reports had suggested the drama would "
        "land in the spring.",
        date="2026-07-01",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
    assert ("premiere_date", "2026-11-12", False) in kinds


def test_a_player_seen_arriving_somewhere_is_no_premiere() -> None:
    kinds = release_dates(
        "Residents of Wexham said filming on Copper Bay continued this week. Locals also "
        "reported seeing Dana Pryce, who plays the harbourmaster in the series, arriving at a "
        "cottage near the green on Monday.",
        date="2025-05-09",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_player_spotted_arriving_without_an_aside_is_no_premiere() -> None:
    kinds = release_dates(
        "Filming on Copper Bay continued this week. Dana Pryce was spotted arriving at the "
        "Harbour Hotel in Wexham on Tuesday.",
        date="2025-05-09",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)
