"""A "lookalike" governs only the name right after it ("Tom Reed-lookalike newcomer X as Y":
no casting read off it), not a name further on in its clause ("Tom Reed-lookalike jokes aimed
at X, who plays Y": X's own part). Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Pell Harbour review: a summer on the boats"


def test_a_name_further_on_than_the_lookalike_keeps_its_part() -> None:
    found = facts(
        _LEDE,
        "Fenna Marrow plays Ysmay, with Gethin Vowles-lookalike jokes aplenty aimed at Osgar "
        "Telling, who plays Uncle Brack.",
    )
    assert ("Osgar Telling", "Uncle Brack") in served_pairs(found)
