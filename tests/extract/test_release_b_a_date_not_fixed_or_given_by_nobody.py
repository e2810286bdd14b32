"""A release date told not fixed ("The date isn't settled"), or one nobody will give ("no one
will put a date on it"), is no date yet; a date "not set in stone" or "not set to change" is a
date all the same. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str) -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date="2025-09-22")  # fmt: skip


def test_a_date_not_fixed_or_that_nobody_gives_is_none_yet() -> None:
    for text in (
        "Copper Bay comes to Channel 4 next year. The date isn't settled.",
        "Copper Bay is pencilled in for the spring, though no one will put a date on it.",
        "Copper Bay should land next year, but nobody is committing to a release date.",
    ):
        assert ("not_announced", "None") in _days(text), text


def test_a_date_not_set_in_stone_is_still_a_date() -> None:
    for text in (
        "Copper Bay opens on 6 March 2026, though the date is not set in stone.",
        "Copper Bay opens on 6 March 2026; the date is not set to change.",
    ):
        found = _days(text)
        assert ("premiere_date", "2026-03-06") in found, text
        assert ("not_announced", "None") not in found, text
