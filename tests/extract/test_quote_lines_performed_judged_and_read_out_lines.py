"""A line of the work named before its words and performed ("says the line that ..."), judged
("gets one line, and it is perfect") or read out from an earlier series is the work's line,
held; a person's own line to the press stays their quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first teaser for Lanternfield landed on Monday."


def test_a_part_saying_the_line_named_is_held() -> None:
    found = facts(
        _LEDE,
        "Tobiah Renn's Caspar is loading a van in the first shot, and his aunt Wilma says the "
        'line that every fan has clipped: "Roads go both ways, love."',
    )
    assert served_quotes(found) == []


def test_a_line_delivered_by_a_part_is_held() -> None:
    found = facts(
        _LEDE,
        'Late on, his brother delivers the line the whole fandom is quoting: "Bring the good '
        'torch this time."',
    )
    assert served_quotes(found) == []


def test_a_line_judged_after_a_comma_is_held() -> None:
    found = facts(
        _LEDE,
        'Marit Solvang\'s Ysolde gets one line, and it is perfect: "Are you two finished?"',
    )
    assert served_quotes(found) == []


def test_a_line_read_out_from_an_earlier_series_is_held() -> None:
    found = facts(
        _LEDE,
        "At the panel Ines Carraway-Holt got the biggest cheer when she read out her favourite "
        'line from the second series, "Nobody sleeps in Lanternfield, Petra," in a whisper.',
    )
    assert served_quotes(found) == []


def test_a_director_who_said_his_line_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        'Director Osric Fenwell-Date said the line he keeps giving the cast is simple: "Play it '
        'like nobody is watching."',
    )
    assert served_quotes(found) == [("Play it like", "Osric Fenwell-Date")]
