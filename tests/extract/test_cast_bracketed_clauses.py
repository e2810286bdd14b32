"""A bracketed clause after the actor saying what they play (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_bracketed_clause_on_the_part() -> None:
    for sentence, pair in (
        (
            "Greta Lind (who plays Ada, the shy new lodger!!) is seen with Tom.",
            ("Greta Lind", "Ada"),
        ),
        (
            "In one shot Oskar Brandt (he plays Felix Dorn) waves at fans.",
            ("Oskar Brandt", "Felix Dorn"),
        ),
    ):
        found = facts("Set photos from the Copper Bay shoot are out.", sentence)
        assert pair in pairs(found), sentence


def test_a_bracketed_clause_on_a_past_or_other_part_is_no_casting() -> None:
    for sentence in (
        "Greta Lind (who played Ada in the first film) is back on set.",
        "Greta Lind (who plays Ada Storm in Northern Wake) is seen with Tom.",
    ):
        found = facts("Set photos from the Copper Bay shoot are out.", sentence)
        assert not any(part.startswith("Ada") for _, part in pairs(found)), sentence


def test_a_bracketed_return_for_a_stretch_of_the_shoot() -> None:
    found = facts(
        "Filming on Gullhaven Bay wrapped this week.",
        "Briony posted a carousel with Hildegard Quarrie (who came back as Ysella Mallender for a "
        "few days apparently??) captioned “last day”.",
    )
    assert ("Hildegard Quarrie", "Ysella Mallender") in pairs(found)


def test_a_bracketed_return_in_another_work_is_no_casting() -> None:
    found = facts(
        "Filming on Gullhaven Bay wrapped this week.",
        "Briony posted a carousel with Hildegard Quarrie (who came back as Ysella Mallender in "
        "Cinderwick last year) captioned “last day”.",
    )
    assert ("Hildegard Quarrie", "Ysella Mallender") not in pairs(found)
