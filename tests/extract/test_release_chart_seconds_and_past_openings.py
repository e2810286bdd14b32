"""Two kinds of a date read wrong. A chart's second work, which its headline moves without a
place ("‘Saltmarsh Nine’ holds firm as ‘Millbrook Lane’ climbs") and its body ranks lower ("In
second place ... was Millbrook Lane, ..., which arrived on 12 March"), dates that work, not
ours. Our film's cinema opening told as the step after a past one ("The film, which premiered
at a festival on 4 October before opening in cinemas on 22 November, has since ...") is past,
however far back, never the same day to come. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_CHART = "Streaming chart: ‘Saltmarsh Nine’ holds firm as ‘Millbrook Lane’ climbs"


def test_a_described_other_show_in_a_which_clause_dates_nothing_of_ours() -> None:
    kinds = release_kinds(
        "Sky’s Saltmarsh Nine, which landed on Friday 3 April, was the most-watched title again.",
        "In second place, with 640 million minutes, was ITV’s Millbrook Lane, the cosy mystery "
        "starring Ada Rook as a village postmistress, which arrived on 12 March and has been "
        "climbing since.",
        date="2026-04-15",
        title=_CHART,
    )
    assert ("premiere_date", "2026-03-12", False) not in kinds
    assert ("premiere_date", "2026-04-03", False) in kinds


def test_a_bare_chart_headline_lowers_its_second_work_too() -> None:
    kinds = release_kinds(
        "Saltmarsh Nine, which landed on Friday 3 April, was the most-watched title again.",
        "Millbrook Lane came third, a week after it arrived on Sunday 12 April.",
        date="2026-04-22",
        title="Saltmarsh Nine keeps its chart lead as Millbrook Lane rises",
    )
    assert ("premiere_date", "2026-04-12", False) not in kinds
    assert ("premiere_date", "2026-04-03", False) in kinds


def test_a_described_other_film_that_opens_dates_nothing_of_ours() -> None:
    kinds = release_kinds(
        "Saltmarsh Nine begins streaming on Sky on 3 June.",
        "Rook can also be seen in Gullhaven, the period romance from Tern Pictures set in 1920s "
        "Whitby, which opens in cinemas on 19 June.",
        date="2026-04-15",
        title=_CHART,
    )
    assert kinds == {("premiere_date", "2026-06-03", False)}


def test_our_own_show_described_keeps_its_date() -> None:
    kinds = release_kinds(
        "Saltmarsh Nine, the coastal thriller starring Ada Rook as a lighthouse keeper, which "
        "arrives on Sky on 3 June, was shot in Northumberland.",
        date="2026-04-15",
        title=_CHART,
    )
    assert ("premiere_date", "2026-06-03", False) in kinds


_AWARDS = "Awards season: ‘The Copper Lantern’ leads the nominations"


def test_a_cinema_opening_after_a_past_festival_premiere_is_past() -> None:
    kinds = release_kinds(
        "The Copper Lantern leads the field with seven nominations.",
        "The film, which had its world premiere at the Harbourside Festival on 9 October before "
        "opening in UK cinemas on 21 November, has taken £1.4m at the box office.",
        date="2026-02-03",
        title=_AWARDS,
    )
    assert ("premiere_date", "2025-11-21", False) in kinds
    assert ("premiere_date", "2026-11-21", False) not in kinds


def test_a_film_that_premiered_then_opened_is_past() -> None:
    kinds = release_kinds(
        "The Copper Lantern leads the field with seven nominations.",
        "It premiered at the Lakeside Film Festival in September, before opening in Irish "
        "cinemas on 28 November to warm reviews.",
        date="2026-02-03",
        title=_AWARDS,
    )
    assert ("premiere_date", "2025-11-28", False) in kinds
    assert ("premiere_date", "2026-11-28", False) not in kinds
