"""A bracketed earlier credit after an actor, then a verb of joining the work and the part
("Name (Credit) joins the film as Part", "is boarding the series as", "has signed on to the
show as"): the outer name is the actor and the part is the one after "as", never the bracket
(invented sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Orrick (Gullstone) joins the film as Wenna Crode.",
        "Tamsin Orrick (Gullstone) is joining the new series as Wenna Crode.",
        "Tamsin Orrick (Gullstone) has signed on to the drama as Wenna Crode.",
        "Tamsin Orrick (Gullstone) is boarding this thriller as Wenna Crode, a ferry pilot.",
        "Tamsin Orrick (Gullstone) boards the show as Wenna Crode.",
    ],
)
def test_a_join_verb_after_a_bracket_credits_the_outer_name(sentence: str) -> None:
    found = facts(
        "Brackenmire adds a star", "Brackenmire starts filming in Kent next month.", sentence
    )
    assert ("Tamsin Orrick", "Wenna Crode") in pairs(found)
    assert all(actor != "Gullstone" for actor, _ in pairs(found))
