"""A review's last-line sign-off naming only the service ("Fallowmere is on Netflix now.") dates
the release by the review's own date, as the streaming form does; not outside a review. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_BODY = "Dessa Rook is superb as the ferry captain, and the final scene lands hard."


def test_a_reviews_on_a_service_now_sign_off_dates_the_release() -> None:
    found = release_dates(
        _BODY, "Fallowmere is on Netflix now.", date="2026-05-08",
        title="Fallowmere review – a tender, tidy farewell",
    )  # fmt: skip
    assert found == {("premiere_date", "2026-05-08", False)}


def test_a_profiles_on_a_service_now_dates_nothing() -> None:
    found = release_dates(
        _BODY, "Fallowmere is on Netflix now.", date="2026-05-08",
        title="Dessa Rook: the long road to Fallowmere",
    )  # fmt: skip
    assert found == set()
