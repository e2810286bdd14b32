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
