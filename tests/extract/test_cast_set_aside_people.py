"""A casting set aside as another production's is no casting of ours, but its actor is still a
person the article names (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, the feature film, is shooting in Kent."


def test_a_past_cos_stars_possessive_part_names_a_person() -> None:
    for text in (
        "In 2024 he played Brisander opposite Tamsin Orrow's Oonagh-Mae on Broadway.",
        "He played the young Pip opposite Tamsin Orrow's Estella Havers at the Old Vic.",
    ):
        found = facts(LEDE, text)
        assert not {c.actor for c in found.cast if c.served}
        assert "Tamsin Orrow" in found.people


def test_a_stage_versions_cast_names_people() -> None:
    found = facts(
        LEDE,
        "Quillon Bay began life as a stage play at the Pellan Reach theatre in 2019, when Mira "
        "was played by Tamsin Orrow and Wren by Dalby Frane.",
    )
    assert not {c.actor for c in found.cast if c.served}
    assert {"Tamsin Orrow", "Dalby Frane"} <= set(found.people)


def test_a_place_told_as_something_is_no_person() -> None:
    found = facts(
        LEDE,
        "Film crews have taken over Dellingford’s Corn Exchange as Netflix shoots scenes for "
        "the film. Delivery driver Ossian Quarrell said: “I’ve done the same round for nine "
        "years.”",
        "Many will remember Wenna Castrell as the Year 9 pupil who staged a play in the car park.",
    )
    assert "Corn Exchange" not in found.people
    assert "Year" not in " ".join(found.people)
    assert {q.speaker for q in found.quotes} == {"Ossian Quarrell"}
