"""A chart page's sentence on when figures are due: the time is the figures', not the work's
(:mod:`bot.extract.release_figures_due`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_LEDE = "Tallow Road opened at No. 1 on the streaming chart after its 3 October launch."


@pytest.mark.parametrize(
    "figures",
    [
        "Barb’s overnight ratings for the week, which take in the finale, are due in early"
        " November.",
        "Streaming figures for Tallow Road, covering its first five days, are expected in early"
        " November.",
        "Nielsen data for the same week is due in early November.",
    ],
)
def test_when_figures_are_due_is_no_window(figures: str) -> None:
    found = release_kinds(_LEDE, figures, title="Tallow Road tops the streaming chart")
    assert not any(kind == "window" for kind, _, _ in found)
    assert ("premiere_date", "2025-10-03", False) in found


def test_the_work_due_in_a_month_keeps_its_window() -> None:
    found = release_kinds(
        "Tallow Road is due in early November, the streamer said.",
        title="Tallow Road gets a date",
    )
    assert ("window", "2025-11", False) in found
