"""A list of returning actors whose parts follow a comma and "as", paired by "respectively": "A,
B and C also return, as X, Y and Z respectively" (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_parts_after_a_comma_and_as_pair_respectively() -> None:
    for sentence in (
        "Ada Vale, Tom Reed and Lena Ostrow also return, as Mira Holt, Gus Penn and Ivy Lark"
        " respectively.",
        "Ada Vale, Tom Reed and Lena Ostrow are back too, as Mira Holt, Gus Penn and Ivy Lark,"
        " respectively.",
    ):
        found = facts("Filming has begun on Copper Lane in Polwick.", sentence)
        assert {
            ("Ada Vale", "Mira Holt"),
            ("Tom Reed", "Gus Penn"),
            ("Lena Ostrow", "Ivy Lark"),
        } <= served_pairs(found), sentence
