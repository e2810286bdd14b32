"""A report the next sentence corrects ("the part went to X instead") casts the new actor and
holds the reported one: the report was wrong, not a part the actor left."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs


def test_corrected_report_casts_the_new_actor() -> None:
    found = facts(
        "Wyncote, the new coastal thriller, premieres in March.",
        "Some outlets earlier reported that Oskar Quennah would play Marra’s brother, Corvell."
        " The producer has now confirmed that the part went to Ashby Trune instead.",
        title="Wyncote launch: live",
    )
    assert ("Ashby Trune", "Corvell") in served_pairs(found)
    assert ("Oskar Quennah", "Corvell") not in served_pairs(found)
    assert ("Oskar Quennah", "Corvell") in held_pairs(found)


def test_a_part_that_went_to_another_when_the_leaver_moved_is_no_correction() -> None:
    found = facts(
        "Wyncote, the new coastal thriller, premieres in March.",
        "Opposite her, Oskar Quennah is Canon Corvell, the parish priest. Quennah was first"
        " announced as the victim's brother; the role went to Ashby Trune instead when Quennah"
        " moved to play Corvell.",
        title="Wyncote review",
    )
    assert ("Oskar Quennah", "Canon Corvell") in served_pairs(found)
    assert ("Ashby Trune", "Canon Corvell") not in served_pairs(found)
