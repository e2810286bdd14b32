"""A "played by" names the part next to it, never the show: "the role of Mira in series two of
Harrowgate will be played by X" does not cast X as Harrowgate."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_run_of_the_show_before_played_by_is_no_part() -> None:
    found = served_pairs(
        facts(
            "The broadcaster said on Monday that the part of Wenna Trask in series two of "
            "Pellow Sands will be played by Morwenna Hext."
        )
    )
    assert ("Morwenna Hext", "Pellow Sands") not in found


def test_a_part_right_before_played_by_still_counts() -> None:
    found = served_pairs(
        facts("In series two, Wenna Trask, the harbour master, will be played by Morwenna Hext.")
    )
    assert ("Morwenna Hext", "Wenna Trask") in found
