"""A date that accounts online "have claimed" is their claim, even when an apposition's commas
stand between the claim and the date; a maker's own date in the same shape still counts.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str) -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date="2026-01-12")  # fmt: skip


def test_a_date_accounts_claimed_is_not_served() -> None:
    for text in (
        "Fan accounts have claimed that Copper Bay, the lifeboat drama, would land on 6 March.",
        "For a month, gossip accounts have been insisting Copper Bay drops on 6 March.",
    ):
        assert not {k for k, _ in _days(text) if k == "premiere_date"}, text


def test_a_date_told_after_the_claim_is_dismissed_still_counts() -> None:
    text = "Accounts have claimed a spring date, but Tidewell says Copper Bay lands on 6 March."
    assert ("premiere_date", "2026-03-06") in _days(text)
    assert ("premiere_date", "2026-03-06") in _days(
        "Fan accounts have been quiet, and Copper Bay lands on 6 March."
    )
