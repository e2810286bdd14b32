""" "X and Y hugged as Lantern Bay wrapped filming": the "as" is when, and what follows is the
work and its shoot, no part; a part that does something else after "as" is still a part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_work_wrapping_after_as_is_no_part() -> None:
    for tail in ("wrapped filming on Friday.", "wrapped – and nobody was dry-eyed."):
        found = facts(
            f"Ada Vale and Tom Reyes shared a long hug as Lantern Bay {tail}",
            "Vale plays Mira Holt.",
            title="LANTERN BAY TEARS! Stars hug as the show wraps",
        )
        assert ("Tom Reyes", "Lantern Bay") not in served_pairs(found), tail
        assert ("Ada Vale", "Mira Holt") in served_pairs(found), tail


def test_a_part_after_as_still_counts() -> None:
    found = facts(
        "Lantern Bay is back.",
        "Tom Reyes stars as Osric Penn, a ferryman who wrapped up his business years ago.",
        title="Lantern Bay returns",
    )
    assert ("Tom Reyes", "Osric Penn") in served_pairs(found)
