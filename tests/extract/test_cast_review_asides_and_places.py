"""A review's asides: "X, as the cheerful rowing captain Y, is ..." tells the part after a
plain description; "X, who was so good as a grieving boxer in last year's Z" names an earlier
work, not a part; a set report's "X – Y in the series – waved" names the part in ours."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_an_aside_describing_the_part_before_its_name() -> None:
    found = facts(
        "Halfpenny Lane review – a gentle, overlong farewell",
        "Ysolde Crannock, as the weary schoolteacher Nessa Quillon, gets too little to do.",
    )
    assert ("Ysolde Crannock", "Nessa Quillon") in served_pairs(found)


def test_an_aside_with_a_job_of_someone_elses_names_no_part() -> None:
    found = facts(
        "Halfpenny Lane review – a gentle, overlong farewell",
        "Ysolde Crannock, as the head of drama Nessa Quillon, signed off on the shoot.",
    )
    assert not any(actor == "Ysolde Crannock" for actor, _ in pairs(found))


def test_a_description_in_an_earlier_work_names_that_work_not_a_part() -> None:
    found = facts(
        "Halfpenny Lane review – a gentle, overlong farewell",
        "Bevan Tarrow, who was so good as a grieving young boxer in last year's Tidewater Kings, "
        "gives Merrin a new heaviness here.",
    )
    assert not any(character == "Tidewater Kings" for _, character in pairs(found))


def test_a_description_closed_by_an_apposed_name_still_names_the_part() -> None:
    found = facts(
        "Halfpenny Lane: everything we know",
        "Bevan Tarrow plays the new boy in town, Pellam Drue.",
    )
    assert ("Bevan Tarrow", "Pellam Drue") in served_pairs(found)


def test_a_dashed_aside_naming_the_part_in_the_series() -> None:
    found = facts(
        "Halfpenny Lane filming spotted in Greyford",
        "Crowds gathered on Tuesday, while Odile Maspero – Aunt Wenna in the series – waved to "
        "fans from the steps of a trailer.",
    )
    assert ("Odile Maspero", "Aunt Wenna") in served_pairs(found)


def test_a_dashed_aside_naming_another_named_series_is_not_ours() -> None:
    found = facts(
        "Halfpenny Lane filming spotted in Greyford",
        "Crowds gathered on Tuesday, while Odile Maspero – Aunt Wenna in the series Corrie "
        "Vantage – waved to fans from the steps of a trailer.",
    )
    assert ("Odile Maspero", "Aunt Wenna") not in served_pairs(found)
