"""An age before the part ("who plays 15-year-old birdwatcher Mira Holt") describes it like any
other word: the part is the name after it; with no part named after the age, no casting
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Harrow Fen, the Streamly drama, is back on Friday."


def test_an_age_and_a_noun_before_the_part_describe_it() -> None:
    for said in (
        "Ada Vell, who plays 15-year-old birdwatcher Mira Holt, posted a selfie from the set.",
        "Ada Vell plays 15-year-old Mira Holt, a runaway.",
    ):
        assert ("Ada Vell", "Mira Holt") in pairs(facts(_LEDE, said)), said


def test_an_age_with_no_part_after_it_casts_no_one() -> None:
    found = pairs(facts(_LEDE, "Ada Vell, who plays a 15-year-old runaway, posted a selfie."))
    assert not any(actor == "Ada Vell" for actor, _ in found)
