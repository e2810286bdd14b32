"""An apposed casting with "confirmed" or "announced" and a time before "as": "Ada Vale, the
Welsh actor confirmed last week as Mira Holt, ..." casts Ada Vale as Mira Holt."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_confirmed_last_week_as_inside_the_commas() -> None:
    found = facts(
        "Spotted outside the bakery was Lucien Marchetti, the Italian actor confirmed last month "
        "as Paolo Brandt, a courier who falls for the baker's son.",
        title="Rye and Honey film crew descends on market town",
    )
    assert ("Lucien Marchetti", "Paolo Brandt") in served_pairs(found)


def test_announced_on_a_weekday_as_inside_the_commas() -> None:
    found = facts(
        "Wilhelmina Stroud, the Scottish actress announced on Tuesday as Greta Halloway, shared "
        "a picture from the costume fitting.",
        title="Rye and Honey: first look",
    )
    assert ("Wilhelmina Stroud", "Greta Halloway") in served_pairs(found)
