"""An awards or chart page names rivals with the part they play in their own work: "Bea Lund, who
plays the widow Mira in Salt Year". That part is the rival work's, not the page's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_rival_nominees_part_in_another_work_is_not_served() -> None:
    found = facts(
        "The Ashgrove Letters leads the Bafta nominations with seven nods.",
        "Its star Petra Lindqvist-Oyelaran plays Maud Fairley in The Ashgrove Letters.",
        "In best actress, Lindqvist-Oyelaran is up against Kwame Desrosiers-Hill, who plays the"
        " forger Tobias Wren in Saltmarsh Road, and Ines Barrow-Kettle for Quarry Lane.",
        title="Baftas 2026: The Ashgrove Letters leads the nominations",
    )
    assert ("Kwame Desrosiers-Hill", "Tobias Wren") not in served_pairs(found)


def test_a_rival_shows_voice_part_on_a_chart_page_is_not_served() -> None:
    found = facts(
        "Harrowgate was the most-watched streaming title in the UK last week.",
        "Harrowgate stars Petra Lindqvist-Oyelaran as Maud Fairley.",
        "Odalys Brennan-Achebe, who voices the fox Rennick in Bramble Hollow, saw her series"
        " slip to third.",
        title="Streaming charts: Harrowgate takes the No 1 spot",
    )
    pairs = served_pairs(found)
    assert ("Petra Lindqvist-Oyelaran", "Maud Fairley") in pairs
    assert ("Odalys Brennan-Achebe", "Rennick") not in pairs


def test_the_guest_of_a_single_show_page_keeps_their_part() -> None:
    found = facts(
        "This week we are joined by Tomasz Eberhardt-Oni, who plays the lighthouse keeper Idris"
        " Vane in Gullstone.",
        title="Episode 41: a podcast with Tomasz Eberhardt-Oni",
    )
    assert ("Tomasz Eberhardt-Oni", "Idris Vane") in served_pairs(found)
