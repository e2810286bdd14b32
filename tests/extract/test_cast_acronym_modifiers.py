"""An acronym before a noun ("TV mum") describes a part; it is no part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_acronym_before_a_noun_is_no_part() -> None:
    found = facts(
        "Harwick Sands is back for a second series.",
        "Award winner Ilse Barrowmore is back as everyone's favourite TV mum.",
        "Barrowmore returns as Jean Stannard, the mother of the lead.",
    )
    pairs = served_pairs(found)
    assert ("Ilse Barrowmore", "TV") not in pairs
    assert ("Ilse Barrowmore", "Jean Stannard") in pairs
