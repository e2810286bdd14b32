"""The line people go around quoting, given to someone with no saying verb ("The line fans keep
repeating comes from Wenna: “...”"): the work's line, held; the same line said at a panel stays
its speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tidewater trailer: six things you might have missed"
_LEDE = "Channel 4 released the first trailer for Tidewater, the coastal drama, on Monday."


def test_the_line_everyone_quotes_given_to_a_part_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Jory is loading the van in the opening shot, and the line everybody will be repeating"
        " all week comes from Wenna (Elin Parry): “It is one tide. We have outlasted worse.”",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("It is one tide") for q in found.quotes)


def test_the_line_fans_quote_said_at_a_panel_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "The line fans were quoting afterwards came from Elin Parry when she told the crowd:"
        " “I have never been so cold in my life.”",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("I have never been") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
