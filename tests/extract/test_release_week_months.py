"""A shoot's step told by a week relative to the article's day: that week's month when the
week lies in one month, the status alone when it crosses two."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Brackenwold: filming wraps on the Netflix film"
_LEDE = "The Brackenwold cast said goodbye on Instagram after the shoot."


def _dates(sentence: str, date: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date=date, title=_TITLE)


def test_a_week_inside_one_month_gives_that_month() -> None:
    for sentence in (
        "Filming wrapped in Kent last week, and the cast have been posting since.",
        "Brackenwold wrapped last week, and the cast have been posting since.",
    ):
        assert ("filming_wrapped", "2025-09", False) in _dates(sentence, "2025-09-22"), sentence


def test_this_week_up_to_the_article_day_gives_its_month() -> None:
    found = _dates("Filming began this week in Kent.", "2026-06-03")
    assert ("filming_started", "2026-06", False) in found


def test_a_week_across_two_months_gives_no_month() -> None:
    found = _dates("Filming wrapped in Kent last week, and the cast are resting.", "2025-10-06")
    assert not {f for f in found if f[0] == "filming_wrapped" and f[1]}
