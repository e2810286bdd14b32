"""A day a streamer sets for the film is its premiere; crews due back on a day plan more of the
shoot; a release "planned for" a time is hedged; a time told only in a fan's quoted post is
no fact."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Copper Bay: what we know"


def test_a_day_set_for_the_film_is_its_premiere() -> None:
    found = release_dates(
        "Vela TV has set Friday 17 April for Copper Bay, the six-part drama from Ada Quell.",
        date="2026-01-16", title=_TITLE,
    )  # fmt: skip
    assert found == {("premiere_date", "2026-04-17", False)}


def test_a_day_set_for_the_shoot_is_no_premiere() -> None:
    found = release_dates(
        "Vela TV has set Friday 17 April for the start of a read-through in Leeds.",
        date="2026-01-16", title=_TITLE,
    )  # fmt: skip
    assert ("premiere_date", "2026-04-17", False) not in found


def test_crews_due_back_on_a_day_plan_the_shoot() -> None:
    found = release_dates(
        "Staff told the Courier that crews are due back in Marlock on August 28 for two days.",
        date="2025-08-10", title=_TITLE,
    )  # fmt: skip
    assert found == {("filming_planned", "2025-08-28", False)}


def test_a_film_due_on_a_day_is_still_its_premiere() -> None:
    found = release_dates(
        "Copper Bay is due on Vela TV on August 28.", date="2025-08-10", title=_TITLE
    )
    assert found == {("premiere_date", "2025-08-28", False)}


def test_a_release_planned_for_a_time_is_hedged() -> None:
    found = release_dates(
        "Cameras roll in Skerrow in September, with a release planned for late 2026.",
        date="2025-06-02", title=_TITLE,
    )  # fmt: skip
    assert ("window", "2026-09/2026-12", True) in found
    assert ("window", "2026-09/2026-12", False) not in found


def test_a_release_set_for_a_time_stays_unhedged() -> None:
    found = release_dates(
        "Copper Bay has a release set for late 2026.", date="2025-06-02", title=_TITLE
    )
    assert found == {("window", "2026-09/2026-12", False)}


def test_a_month_in_a_fans_quoted_post_is_no_fact() -> None:
    found = release_dates(
        "Ada Quell posted a photo from the set on Monday.",
        "“If filming only began in July, we won't see it for ages,” wrote one fan on X.",
        date="2025-09-03", title=_TITLE,
    )  # fmt: skip
    assert ("filming_started", "2025-07", False) not in found


def test_a_month_the_writer_tells_beside_a_fans_post_stays() -> None:
    found = release_dates(
        "Filming began in July, and “we won't see it for ages,” wrote one fan on X.",
        date="2025-09-03", title=_TITLE,
    )  # fmt: skip
    assert ("filming_started", "2025-07", False) in found
