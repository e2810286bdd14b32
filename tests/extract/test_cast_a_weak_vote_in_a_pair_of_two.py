"""Two bracketed pairs, part first, on invented text: the first pair's part is told by a
relation ("Wenna's brother"), the second's only by its first name speaking in a scene. The weak
vote turns neither its pair nor the list, whichever order the strong vote gives."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Lowmoor is a quiet triumph, and the streamer should be proud of it, writes our critic."


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            (
                "The drama follows Wenna Laity (Hedda Quiller) and Jory Kellow (Perran Voss)"
                " through one wet summer on the estuary.",
                "The best scene is the one where Jory tells his uncle about the boatyard, and"
                " Wenna's brother finally says nothing.",
            ),
            id="part_first",
        ),
        pytest.param(
            (
                "The drama stars Hedda Quiller (Wenna Laity) and Perran Voss (Jory Kellow) as two"
                " cousins stuck on the estuary for one wet summer.",
                "Quiller is superb. The best scene is the one where Jory tells his uncle about the"
                " boatyard.",
            ),
            id="actor_first",
        ),
    ],
)
def test_a_speaking_part_does_not_turn_a_pair_of_two(paragraphs: tuple[str, str]) -> None:
    found = served_pairs(facts(_LEDE, *paragraphs, title="Lowmoor review: a quiet triumph"))
    assert ("Hedda Quiller", "Wenna Laity") in found, found
    assert ("Perran Voss", "Jory Kellow") in found, found
    assert ("Jory Kellow", "Perran Voss") not in found, found
