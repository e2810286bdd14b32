"""A profile's sentence that opens on what its subject does next, on a work named only by its
kind ("Next, he reunites with Edda Thorne on a drama about ..."), dates that work, not ours."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "Piet Varga shot Brannock Quay, the Lumen film that arrives on Lumen on 17 April."


def test_the_next_jobs_shoot_is_not_ours() -> None:
    found = release_dates(
        _LEDE,
        "Next, he reunites with Edda Thorne on a drama about the docks, which is expected to"
        " shoot in 2027.",
        date="2026-03-02",
        title="Piet Varga on lighting Brannock Quay",
    )
    assert found == {("premiere_date", "2026-04-17", False)}, found


def test_a_next_step_of_our_own_work_still_counts() -> None:
    found = release_dates(
        _LEDE,
        "Next, Brannock Quay heads to Lumen, where it arrives on 17 April.",
        date="2026-03-02",
        title="Piet Varga on lighting Brannock Quay",
    )
    assert ("premiere_date", "2026-04-17", False) in found, found
