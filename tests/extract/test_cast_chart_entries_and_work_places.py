"""A chart report's lower entries ("In third, X ...", "Rounding out the top five was X") cast
and credit that entry, not the chart's leader; and "at the centre of Y's X" owns a work, no
part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_crew, served_pairs

_CHART = "Box office: Lantern Row opens at No 1 as Tin Lid slips"


def test_rounding_out_the_top_five_holds_that_entrys_cast() -> None:
    found = facts(
        "Lantern Row took £3m in its first weekend.",
        "The film stars Ada Voss as Mira Holt.",
        "Rounding out the top five was Copper Mile (£0.4m), which opened with Tom Brand"
        " returning as Ned Fairlie.",
        title=_CHART,
    )
    assert ("Ada Voss", "Mira Holt") in served_pairs(found)
    assert ("Tom Brand", "Ned Fairlie") not in served_pairs(found)


def test_in_third_drops_that_entrys_crew() -> None:
    credits = served_crew(
        "Lantern Row took £3m in its first weekend.",
        "The film, directed by Oda Fenwright, opened on Friday.",
        "In third, the sequel Copper Mile added £1.6m. Ann Lo leads the cast, with Bram Ellery"
        " directing.",
        title=_CHART,
    )
    assert ("director", "Oda Fenwright") in credits
    assert ("director", "Bram Ellery") not in credits


def test_a_place_at_the_centre_of_a_makers_work_is_no_part() -> None:
    found = facts(
        "Lantern Row interview.",
        "Tom Brand has spent five years as Kit Moor, the schoolboy at the centre of Ada Voss’s"
        " Lantern.",
    )
    assert ("Tom Brand", "Kit Moor") in served_pairs(found)
    assert not any(actor == "Ada Voss" for actor, _ in pairs(found))


def test_an_actors_possessive_part_stays() -> None:
    found = facts("Lantern Row review.", "Ada Voss’s Mira, the new tutor, steals every scene.")
    assert ("Ada Voss", "Mira") in served_pairs(found)
