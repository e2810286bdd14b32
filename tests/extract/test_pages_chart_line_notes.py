"""A chart's numbered line may run on into a note on the work it places ("2. Copper Wren
(Netflix) – 367m. The period drama, starring A as P, slipped to second"): the line is still a
chart line (its bracket no part), and the note casts that work, not the article's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_HEADLINE = "Streaming charts: ‘Marrow Fen’ climbs to No. 1"


def _chart(*lines: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Sky’s thriller Marrow Fen was the most-watched title last week.",
            "Sky’s “Marrow Fen” topped the chart. The drama stars Ansel Ferrand as Gideon Moult.",
            "THE TOP FOUR (minutes viewed)",
            *lines,
            title=_HEADLINE,
        )
    )


def test_a_chart_line_with_a_note_gives_no_casting_of_its_network() -> None:
    found = _chart(
        "1. Marrow Fen (Sky) – 512m",
        "2. Copper Wren (Netflix) – 367m. The period romance, starring Perpetua Algood as "
        "Lady Mina Castell, slipped from first place.",
        "3. Tin Chapel (Disney+) – 201m. Its second season landed on Friday.",
        "4. Glass House (ITVX) – 174m",
    )
    assert ("Copper Wren", "Netflix") not in found
    assert ("Perpetua Algood", "Lady Mina Castell") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_a_note_on_another_works_line_in_a_shorter_chart_is_that_works() -> None:
    found = _chart(
        "1. Marrow Fen (Sky) – 512m",
        "2. Tin Chapel (Disney+) – 298m. The comedy, which stars Lark Pemberley as Agatha Pim, "
        "held steady.",
    )
    assert ("Lark Pemberley", "Agatha Pim") not in found
    assert ("Tin Chapel", "Disney+") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_a_note_on_our_own_line_keeps_its_casting() -> None:
    found = facts(
        "Sky’s thriller Marrow Fen was the most-watched title last week.",
        "Sky’s “Marrow Fen” topped the chart with 512 million minutes.",
        "1. Marrow Fen (Sky) – 512m. The thriller stars Ansel Ferrand as Gideon Moult.",
        "2. Copper Wren (Netflix) – 367m",
        "3. Glass House (ITVX) – 174m",
        title=_HEADLINE,
    )
    assert ("Ansel Ferrand", "Gideon Moult") in pairs(found)
