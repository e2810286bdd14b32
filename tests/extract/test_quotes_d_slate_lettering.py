"""Lettering on a slate or a sign an account posts is no one's quote, caption or none; the
post's own caption still is the account's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_account_s_slate_with_no_caption_serves_no_quote() -> None:
    found = facts(
        "Filming on Tidewater Lane began this week in Whitby.",
        "The series' own account shared a slate reading “Tidewater Lane – Block 1 – Take 3”, "
        "and fans were quick to share it.",
    )
    assert served_quotes(found) == []


def test_the_post_s_caption_beside_the_slate_stays_the_account_s() -> None:
    found = facts(
        "Filming on Tidewater Lane began this week in Whitby.",
        "Actor Joss Mereday shared a slate reading “Block 1” with the caption “first day nerves, "
        "send tea”.",
    )
    assert served_quotes(found) == [("first day ne", "Joss Mereday")]
