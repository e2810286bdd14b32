"""Quotes on invented text: an actor who "delivers the trailer's best deadpan" (or quip, or
one-liner) before a colon speaks a part's line in the work, not the actor's own words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Quistmoor trailer breakdown: 7 things you might have missed"
_LEDE = "BBC One’s winter drama Quistmoor finally has a full trailer."


def test_a_delivered_deadpan_is_the_works_line() -> None:
    for line in (
        "Skerrowby Quarrell-Obi, as Odile, delivers the trailer’s best deadpan: “Mind the gulls.”",
        "Skerrowby Quarrell-Obi delivers the teaser’s sharpest one-liner: “Not in my harbour.”",
    ):
        found = facts(_LEDE, line, date="2026-09-03", title=_TITLE)
        assert not served_quotes(found), served_quotes(found)
