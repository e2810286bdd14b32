"""A chart's numbered line may run on into a note on the work it places ("4. Tin Chapel
(Disney+) – 2.2m. The comedy, which launched on 3 April, keeps growing"): when the line's
title is not ours, the note's dates are that work's, not the article's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_HEADLINE = "Streaming chart: Harrowgate Lane takes the top spot"
_LEDE = "ITVX’s period thriller Harrowgate Lane is the most-watched title in the UK this week."
_OURS = "Harrowgate Lane, which premiered on ITVX on Thursday 2 April, drew 3.9 million views."


@pytest.mark.parametrize(
    "note",
    [
        "Orla Penwick’s fishing drama, which launched on 20 March, keeps climbing.",
        "The comedy arrived on 20 March and is still growing.",
        "Its second series, out since 20 March, holds steady.",
    ],
)
def test_a_note_on_another_works_chart_line_dates_nothing_of_ours(note: str) -> None:
    found = facts(
        _LEDE,
        _OURS,
        "The top four this week:",
        "1. Harrowgate Lane (ITVX) – 3.9m views",
        "2. Saltmere (BBC iPlayer) – 2.8m",
        f"3. Copper Wick (Netflix) – 2.1m. {note}",
        "4. The Tallow Years (Channel 4) – 1.7m",
        date="2026-04-15",
        title=_HEADLINE,
    )
    dates = {str(r.date) for r in found.release if r.served}
    assert "2026-04-02" in dates
    assert "2026-03-20" not in dates


def test_a_note_on_our_own_line_keeps_its_date() -> None:
    found = facts(
        _LEDE,
        "The top three this week:",
        "1. Harrowgate Lane (ITVX) – 3.9m. The thriller, which premiered on 2 April, leads.",
        "2. Saltmere (BBC iPlayer) – 2.8m",
        "3. Copper Wick (Netflix) – 2.1m",
        date="2026-04-15",
        title=_HEADLINE,
    )
    assert "2026-04-02" in {str(r.date) for r in found.release if r.served}
