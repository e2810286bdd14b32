"""A run of credits opened by the writer with "it": "X wrote it, Y directed" credits X as the
writer; "wrote it" alone, with no run after it, credits nobody."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_wrote_it_opening_a_run_of_credits_credits_the_writer() -> None:
    found = facts(
        "The Marrow Light premiere is under way in Leeds.",
        "A quick recap for anyone joining: Perrin Haske wrote it, Dagny Wolde directed, and the "
        "shoot took place in Whitby last spring.",
    )
    assert {("writer", "Perrin Haske"), ("director", "Dagny Wolde")} <= credits(found)


def test_wrote_it_with_no_run_after_it_credits_nobody() -> None:
    found = facts(
        "The Marrow Light premiere is under way in Leeds.",
        "Perrin Haske read the letter aloud and said his father wrote it, years ago.",
    )
    assert ("writer", "Perrin Haske") not in credits(found)
