"""A trailer or teaser that opens or ends on a part speaking: the line is the work's, not the
actor's quote to the press."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_trailer_opening_on_an_actor_saying_a_line_is_the_work_s() -> None:
    found = facts(
        "Lumen dropped the first trailer for Saltgrass Reach on Monday.",
        "Tobias Quennell-Marsh plays the lighthouse keeper Amos Penhallow. The trailer opens "
        "with him climbing the stairs in a storm and saying, “Nobody leaves the rock tonight.”",
    )
    assert served_quotes(found) == []


def test_a_teaser_ending_on_one_part_asking_another_is_the_work_s() -> None:
    found = facts(
        "Brightwell has dated its drama Copper Meadows for 3 March.",
        "A short teaser arrived on Friday, all rain and candlelight, and ended with Ines "
        "Okafor-Brandt’s Delia Rook asking Marcus Tiernan’s Hal Brecon, “Will you wait for me?”",
    )
    assert served_quotes(found) == []


def test_an_actor_speaking_about_the_trailer_is_still_theirs() -> None:
    found = facts(
        "Lumen dropped the first trailer for Saltgrass Reach on Monday.",
        "Tobias Quennell-Marsh said the trailer ends on his favourite scene. “I still get "
        "chills watching it,” he said.",
    )
    assert served_quotes(found) == [("I still get ", "Tobias Quennell-Marsh")]
