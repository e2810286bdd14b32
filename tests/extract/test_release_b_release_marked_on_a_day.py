"""A release a past verb greets ("the cast marked the release of Tin Lane on Friday") came on the
Friday just gone, not the coming one. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_release_marked_on_a_weekday_is_the_one_gone_by() -> None:
    assert release_dates(
        "Here is how the cast marked the release of Brass Lantern on Friday.",
        title="Brass Lantern: the posts",
        date="2026-04-19",
    ) == {("premiere_date", "2026-04-17", False)}
