""" "Ada Vale, 24, from Leeds, is cast as Mira": an agency's age before another aside still
leaves the actor and the part either side of the casting verb."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_age_then_aside_before_verb() -> None:
    found = facts(
        "Brannock Tide has begun filming in Whitby.",
        "Local interest too: Tamsin Roke, 27, from Scarborough, is cast as Petra Lisle, a"
        " lighthouse keeper.",
        title="Brannock Tide starts shooting",
    )
    assert ("Tamsin Roke", "Petra Lisle") in pairs(found)


def test_age_alone_before_verb() -> None:
    found = facts(
        "Brannock Tide has begun filming in Whitby.",
        "Tamsin Roke, 27, will play Petra Lisle, a lighthouse keeper.",
        title="Brannock Tide starts shooting",
    )
    assert ("Tamsin Roke", "Petra Lisle") in pairs(found)
