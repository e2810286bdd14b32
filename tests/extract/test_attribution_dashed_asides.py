"""A clause of its own that hands the floor to someone set off by dashes, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_one_who_leans_in_after_a_dashed_aside_says_the_words() -> None:
    found = [
        (q.text, q.speaker)
        for q in facts(
            "Edda Morrow, who plays Lina, has shared a video from the premiere. “We did it. Go "
            "and see it,” she says, before Piet Harrow – Lina's brother, of course – leans into "
            "shot to add: “Bring snacks.”"
        ).quotes
    ]
    assert ("We did it. Go and see it", "Edda Morrow") in found, found
    assert ("Bring snacks.", "Piet Harrow") in found, found
