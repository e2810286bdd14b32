"""A review's "Part (Actor)" pair: the part's first name speaking in a scene's "when" clause
("when Tamsin tells her brother") is the part's line, no sign that the name is a person's.
Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_part_speaking_after_when_keeps_the_pair_part_first() -> None:
    found = facts(
        "Brannoch review: a gentle, overlong farewell to a much-loved series.",
        "There is a moment, late in Brannoch, when Tamsin Quell (Ysolde Carrick) looks at Orwin "
        "Dunmarsh (Perrin Mawle) across an empty kitchen.",
        "The plot is slight, and Orwin's story barely moves.",
        "But when Tamsin tells her brother that she is staying, it is hard not to cry.",
    )
    assert ("Ysolde Carrick", "Tamsin Quell") in served_pairs(found)
    assert ("Tamsin Quell", "Ysolde Carrick") not in served_pairs(found)
