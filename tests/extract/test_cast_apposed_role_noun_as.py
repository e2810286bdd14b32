"""A review's apposition "Ada Vale, a likeable newcomer as Mira Holt, ..." casts the person as
the part closing it, with no casting verb; a part followed by another work is not ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_newcomer_as_part_in_commas() -> None:
    found = facts(
        "Marigold Lane review: a gentle, funny return.",
        "His scenes with Idris Kane, a charming newcomer as Abel Crane, the baker who lures "
        "Ollie into a choir, lift the middle.",
    )
    assert ("Idris Kane", "Abel Crane") in served_pairs(found)


def test_actress_as_part_before_the_verb() -> None:
    found = facts(
        "Marigold Lane review: a gentle, funny return.",
        "Dara Quill, the Cornish actress as Hetty Marsh, steals every scene she is in.",
    )
    assert ("Dara Quill", "Hetty Marsh") in served_pairs(found)


def test_star_as_part_of_another_work_is_not_cast() -> None:
    found = facts(
        "Marigold Lane review: a gentle, funny return.",
        "Soren Pike, the star as Abel Crane in Harbour Nights, has a cameo as a postman.",
    )
    assert ("Soren Pike", "Abel Crane") not in served_pairs(found)
