""" "Z was originally announced (cast) in the role" after a recast names the part earlier in
the sentence: Z is a former actor of that part; with no part named in the sentence, nothing."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs


def _former(*paragraphs: str) -> set[tuple[str, str]]:
    return former_pairs(facts(*paragraphs))


def test_originally_announced_in_the_role_after_a_now_played_by_item() -> None:
    former = _former(
        "Saltwick Bay: the full cast.",
        "Inspector Magda Royle, now played by Cerys Pennant: Idris Valcourt was originally "
        "announced in the role last spring but left before the shoot.",
    )
    assert ("Idris Valcourt", "Inspector Magda Royle") in former


def test_originally_cast_in_the_part_after_a_takeover() -> None:
    former = _former(
        "Saltwick Bay casting change.",
        "Bruno Haldane takes over the part of Canon Ellery Fisk; Osric Mbeki had initially "
        "been cast in the part.",
    )
    assert ("Osric Mbeki", "Canon Ellery Fisk") in former


def test_originally_cast_in_the_part_with_no_part_named_is_silent() -> None:
    found = facts("Saltwick Bay casting change.", "Osric Mbeki was first cast in the part.")
    assert not [c for c in found.cast if c.actor == "Osric Mbeki"]
