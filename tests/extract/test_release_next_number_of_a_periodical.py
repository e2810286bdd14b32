"""The next chart, issue or edition "due" or "out" on a day: the periodical's day, not the work's
release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay tops the streaming chart"


def test_the_next_chart_or_issue_due_on_a_day_is_not_a_release() -> None:
    for sentence in (
        "Next week's chart, covering the drama's first full week, is due on Tuesday 12 May.",
        "The next issue of this newsletter comes out on Tuesday 12 May.",
        "This month's edition is out on Tuesday 12 May.",
    ):
        found = release_kinds(
            "Copper Bay, released on Friday 1 May, drew 9 million views.",
            sentence,
            date="2026-05-05",
            title=_TITLE,
        )
        assert ("premiere_date", "2026-05-12", False) not in found, sentence
        assert ("premiere_date", "2026-05-01", False) in found, sentence


def test_the_work_itself_due_on_a_day_keeps_its_date() -> None:
    found = release_kinds(
        "Next week, Copper Bay is due on the channel on Tuesday 12 May.",
        date="2026-05-05",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-12", False) in found
