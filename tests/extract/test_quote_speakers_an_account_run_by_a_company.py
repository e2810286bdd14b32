"""Quotes on invented text: an account "run by" a company posts that company's words, not the
work's the account is named for."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_account_run_by_a_company_is_the_company() -> None:
    found = facts(
        "Filming on Skellmoor Quay has wrapped, Lumenfall confirmed.",
        "The official Skellmoor Quay account, run by Lumenfall, posted a video of the last take, "
        'captioned "And that is a wrap on Skellmoor Quay".',
        date="2026-03-01",
        title="Skellmoor Quay wraps",
    )
    served = served_quotes(found)
    assert ("And that is ", "Lumenfall") in served, served
    assert ("And that is ", "Skellmoor Quay") not in served, served
