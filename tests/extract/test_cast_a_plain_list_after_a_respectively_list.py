"""A plain list of actors and parts after a "respectively" list in the same sentence ("A and B
return as X and Y respectively, with C, D and E also back as U, V and W") is paired in order
like the first, never read as its last actor with its first part; a sentence with the
"respectively" list alone keeps just its pairs (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Exclusive: Ferrow Bay adds three to its cast"
_LEDE = "Ferrow Bay, the BBC coastal drama, begins filming in Devon in June."
_FIRST = {("Pella Grant", "Nora Vance"), ("Tomas Hale", "Evan Reed")}


def test_the_list_after_respectively_pairs_in_order() -> None:
    for sentence, later in (
        (
            "Pella Grant and Tomas Hale return as Nora Vance and Evan Reed respectively, with"
            " Ada Moss, Lin Park and Kim Ray also back as Sal, Tib and Di.",
            {("Ada Moss", "Sal"), ("Lin Park", "Tib"), ("Kim Ray", "Di")},
        ),
        (
            "Pella Grant and Tomas Hale play Nora Vance and Evan Reed respectively; Ada Moss and"
            " Kim Ray are back as Sal and Di.",
            {("Ada Moss", "Sal"), ("Kim Ray", "Di")},
        ),
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert _FIRST | later <= found, sentence
        assert ("Kim Ray", "Sal") not in found, sentence


def test_a_respectively_list_alone_keeps_its_pairs() -> None:
    sentence = "Pella Grant and Tomas Hale return as Nora Vance and Evan Reed respectively."
    assert served_pairs(facts(_LEDE, sentence, title=_TITLE)) == _FIRST
