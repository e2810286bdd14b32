"""A review's last-line sign-off ("Lantern Hill is streaming on Netflix now.") dates the
release by the review's own date when nothing else in it does; not outside a review, not for
earlier seasons, and not over a date the review gives."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_BODY = "Mara Quill is superb as the lighthouse keeper, and the final scene lands hard."


def test_a_reviews_streaming_sign_off_dates_the_release() -> None:
    found = release_dates(
        _BODY, "Lantern Hill is streaming on Netflix now.", date="2026-05-08",
        title="Lantern Hill review – a quiet, lovely goodbye",
    )  # fmt: skip
    assert found == {("premiere_date", "2026-05-08", False)}


def test_a_sign_off_on_another_platform_dates_the_release() -> None:
    found = release_dates(
        _BODY, "Lantern Hill: The Last Light is streaming on Prime Video now.",
        date="2026-09-11", title="Lantern Hill: The Last Light review – four stars",
    )  # fmt: skip
    found.discard(("title", "", False))  # the title used in passing is served too
    assert found == {("premiere_date", "2026-09-11", False)}


def test_a_profiles_sign_off_dates_nothing() -> None:
    found = release_dates(
        _BODY, "Lantern Hill is streaming on Netflix now.", date="2026-05-08",
        title="Mara Quill: the long road to Lantern Hill",
    )  # fmt: skip
    assert found == set()


def test_earlier_seasons_streaming_date_nothing() -> None:
    found = release_dates(
        _BODY, "Seasons one to three of Lantern Hill are streaming on Netflix now.",
        date="2026-05-08", title="Lantern Hill review – a quiet, lovely goodbye",
    )  # fmt: skip
    assert found == set()


def test_a_date_the_review_gives_wins_over_its_sign_off() -> None:
    found = release_dates(
        "Lantern Hill, which landed on Netflix yesterday, is a quiet film.",
        "Lantern Hill is streaming on Netflix now.", date="2026-05-08",
        title="Lantern Hill review – a quiet, lovely goodbye",
    )  # fmt: skip
    assert found == {("premiere_date", "2026-05-07", False)}
