"""A correction that owns two errors, the casting second ("An earlier version of this article
misspelled A's name, and said B would play P"): the second claim is withdrawn like the first,
on invented text; the truth after a semicolon, and a casting the first error only names in
passing, still stand."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

LEDE = "Streamly has unveiled the full cast of Tin Vein, its six-part drama set in a Cornish mine."
CAST = "Odile Marsh plays foreman Ruth Penrose, while Cadoc Vell is Tom Penrose, her brother."


def test_the_joined_claim_is_withdrawn() -> None:
    found = served_pairs(
        facts(
            LEDE,
            CAST,
            "Correction: An earlier version of this article misspelled Cadoc Vell’s name as"
            " Caddock Vell, and said Odile Marsh would play Nell Penrose. She plays Ruth Penrose.",
        )
    )
    assert ("Odile Marsh", "Nell Penrose") not in found, found
    assert ("Odile Marsh", "Ruth Penrose") in found, found
    assert ("Cadoc Vell", "Tom Penrose") in found, found


def test_the_truth_after_a_semicolon_stands() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "Filming starts in Truro in March.",
            "Correction: An earlier version of this article misspelled the mine’s name and said"
            " Odile Marsh would play Nell Penrose; Odile Marsh plays Ruth Penrose.",
        )
    )
    assert ("Odile Marsh", "Nell Penrose") not in found, found
    assert ("Odile Marsh", "Ruth Penrose") in found, found


def test_a_casting_named_in_the_first_error_only_stands() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "Correction: An earlier version of this article misspelled the surname of Cadoc Vell,"
            " who plays Tom Penrose.",
        )
    )
    assert ("Cadoc Vell", "Tom Penrose") in found, found
