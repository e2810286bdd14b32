"""A streaming chart or round-up names other shows with whom they star: "Tin Lid, which stars
Ada Vale as Mira, had held the top spot". That casting is the other show's, not the page's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Streaming charts: Harrowgate tops the list as the moorland saga takes No 1 spot"


def test_a_rival_show_that_stars_someone_is_not_the_pages_casting() -> None:
    found = facts(
        "Harrowgate was the most-watched streaming title in the UK last week.",
        "Harrowgate stars Petra Lindqvist-Oyelaran as Maud Fairley, a widowed farmer.",
        "Saltmarsh Road, which stars Kwame Desrosiers-Hill as the forger Tobias Wren, had held"
        " the top spot for four weeks.",
        title=_HEADLINE,
    )
    pairs = served_pairs(found)
    assert ("Petra Lindqvist-Oyelaran", "Maud Fairley") in pairs
    assert ("Kwame Desrosiers-Hill", "Tobias Wren") not in pairs


def test_a_rival_in_the_present_tense_with_an_aside_is_held_back_too() -> None:
    found = facts(
        "Harrowgate climbed to the top of the chart in its first full week.",
        "Harrowgate stars Petra Lindqvist-Oyelaran as Maud Fairley.",
        "The Glass Orchard, which stars Ines Barrow-Kettle as Lady Verity Ashcombe, slipped to"
        " third after its finale.",
        title=_HEADLINE,
    )
    pairs = served_pairs(found)
    assert ("Petra Lindqvist-Oyelaran", "Maud Fairley") in pairs
    assert ("Ines Barrow-Kettle", "Verity Ashcombe") not in pairs
    assert ("Ines Barrow-Kettle", "Lady Verity Ashcombe") not in pairs


def test_the_pages_own_show_that_stars_someone_stays() -> None:
    found = facts(
        "Harrowgate was the most-watched streaming title in the UK last week.",
        "Harrowgate, which stars Petra Lindqvist-Oyelaran as Maud Fairley, drew 9m hours.",
        title=_HEADLINE,
    )
    assert ("Petra Lindqvist-Oyelaran", "Maud Fairley") in served_pairs(found)
