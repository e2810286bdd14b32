"""A casting told with "is once again" and a part named after its owner's kin ("Ada Vale is once
again Tom's mum, Mira"): the adverb leaves the casting as plain as "is"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

TITLE = "Saltreach: everything we know"
LEDE = "Saltreach returns to Channel 4 for a final series in May."


def test_is_once_again_a_relation_and_a_name() -> None:
    found = facts(
        LEDE,
        "Jago Pellinor returns as Lorcan, and Tamsin Orrowby is once again Lorcan's mum, Hesper.",
        title=TITLE,
    )
    assert ("Tamsin Orrowby", "Hesper") in served_pairs(found)


def test_is_again_a_relation_and_a_name() -> None:
    found = facts(LEDE, "Cleo Marrable is again Lorcan's sister Maud.", title=TITLE)
    assert ("Cleo Marrable", "Maud") in served_pairs(found)
