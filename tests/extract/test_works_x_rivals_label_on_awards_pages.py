"""An awards page's label turning to the rivals ("Also in contention: X, ...") opens another
work's news: its debut date is not the page's own; a label naming our own work keeps it."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Could Lumen Tide sweep the winter prizes?"


def _dates(closing: str) -> set[str]:
    found = facts(
        "The streamer is campaigning hard for Lumen Tide this winter.",
        "Lumen Tide, the film that ends Ada Vell’s series, arrived on 2 May.",
        closing,
        date="2027-12-01",
        title=TITLE,
    )
    return {str(r.date) for r in found.release if r.served and r.date is not None}


def test_a_rivals_debut_after_the_label_is_not_served() -> None:
    dates = _dates(
        "Also in the running: Copper Yard, a Channel 4 thriller, whose lead is tipped after "
        "its 9 October debut."
    )
    assert "2027-10-09" not in dates
    assert "2027-05-02" in dates


def test_a_label_naming_our_work_keeps_its_date() -> None:
    dates = _dates("Also nominated: Lumen Tide, which premiered on 2 May.")
    assert "2027-05-02" in dates
