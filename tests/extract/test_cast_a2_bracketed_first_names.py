"""A bracketed pair in prose whose bracketed names the article calls by first name alone reads
actor first, on invented text; with nothing to tell, the pair still reads part first."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_pairs

_PAIRS = (
    "The series, directed by Morwenna Teague, pairs Ruan Vosper (Jory Penrose) and"
    " Ellis Trewin (Kitto Hendra) with Corra Penwith and Loveday Pascoe."
)


def test_brackets_called_by_first_name_hold_the_parts() -> None:
    found = served_pairs(
        facts(TIN_VEIN_LEDE, "Viewers have waited two years to see Jory and Kitto again.", _PAIRS)
    )
    assert ("Ruan Vosper", "Jory Penrose") in found, found
    assert ("Ellis Trewin", "Kitto Hendra") in found, found
    assert ("Jory Penrose", "Ruan Vosper") not in found, found


def test_outer_names_called_by_first_name_keep_them_the_parts() -> None:
    found = served_pairs(
        facts(TIN_VEIN_LEDE, "Viewers have waited two years to see Ruan and Ellis again.", _PAIRS)
    )
    assert ("Ruan Vosper", "Jory Penrose") not in found, found
