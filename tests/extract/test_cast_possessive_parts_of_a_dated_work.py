"""Parts told by possessive in an "in which" clause on another dated work ("comparisons with Tom
Reed's Salt Year (2019), in which Ada Vale's Mira ...", invented) are that work's; the review's
own work, dated the same way, keeps them."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_compared_dated_works_possessive_part_is_not_ours() -> None:
    found = served_pairs(
        facts(
            "Review: The Brine Sisters is a quiet comedy of debts.",
            "Nods to Tom Reed’s Salt Year (2019), in which Ada Vale’s Mira and Kai Lund’s Bram"
            " feud over a boat, are easy but wrong.",
        )
    )
    assert ("Ada Vale", "Mira") not in found


def test_a_possessive_part_in_the_reviews_own_work_stays() -> None:
    found = served_pairs(
        facts(
            "Review: The Brine Sisters is a quiet comedy of debts.",
            "Ada Vale’s Mira steals the film, and the boat nearly steals it back.",
        )
    )
    assert ("Ada Vale", "Mira") in found
