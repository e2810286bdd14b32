"""A list of returning actors whose parts follow a comma and "as", paired by "respectively": "A,
B and C also return, as X, Y and Z respectively" (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_parts_after_a_comma_and_as_pair_respectively() -> None:
    for sentence in (
        "Ada Vale, Tom Reed and Lena Ostrow also return, as Mira Holt, Jory Penwith and Ivy Lark"
        " respectively.",
        "Ada Vale, Tom Reed and Lena Ostrow are back too, as Mira Holt, Jory Penwith and Ivy Lark,"
        " respectively.",
        "Ada Vale, Tom Reed and Lena Ostrow all reprise their roles, as Mira Holt, Jory Penwith"
        " and Ivy Lark respectively, when the cameras roll in June.",
    ):
        found = facts("Filming has begun on Quarrendon in Polwick.", sentence)
        assert {
            ("Ada Vale", "Mira Holt"),
            ("Tom Reed", "Jory Penwith"),
            ("Lena Ostrow", "Ivy Lark"),
        } <= served_pairs(found), sentence
