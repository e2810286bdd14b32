"""A "played by" after someone told only by a possessive ("as she and her father, played by X")
is that unnamed relation's, not the named part before it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_played_by_after_her_father_is_not_the_heroines() -> None:
    found = served_pairs(
        facts(
            "Marrowfen is the surprise of the season.",
            "The film follows Mira Holt, a deaf teenager in a fishing town in 1984, as she and"
            " her father, played by Kai Lund, face the strike. Ada Vale plays Mira.",
            title="Marrowfen: the little film that could",
        )
    )
    assert ("Kai Lund", "Mira Holt") not in found
    assert ("Ada Vale", "Mira") in found or ("Ada Vale", "Mira Holt") in found


def test_a_described_part_then_played_by_is_still_cast() -> None:
    found = served_pairs(
        facts(
            "Marrowfen is the surprise of the season.",
            "The film follows Mira Holt, a deaf teenager, played by Ada Vale.",
            title="Marrowfen: the little film that could",
        )
    )
    assert ("Ada Vale", "Mira Holt") in found


def test_a_part_with_a_possessive_apposition_is_still_cast() -> None:
    found = served_pairs(
        facts(
            "Marrowfen’s first trailer is out.",
            "We also meet Tomas, his chaotic flatmate, played by Kai Lund.",
            title="Marrowfen trailer",
        )
    )
    assert ("Kai Lund", "Tomas") in found
