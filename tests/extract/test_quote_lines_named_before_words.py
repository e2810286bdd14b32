"""Quotes on invented text: words a sentence introduces as a part's line ("The big line everyone
is quoting comes from Mara near the end: “...”", "she gets all the best lines. Our favourite:
“...”") are the work's, held; a person's words after a line of the night that someone told
an audience stay served."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_a_line_that_comes_from_a_part_is_held() -> None:
    for lead, words in (
        (
            'The big line everyone is already quoting comes from Mara near the end: "',
            "We never did learn to sail.",
        ),
        (
            "The biggest line fans keep sharing goes to Ivo on the ferry: “",
            "Nobody rows home alone.",
        ),
    ):
        found = quote_speakers(
            "The first trailer for Copper Bay arrived on Tuesday.",
            "Rosa Vint plays Mara and Tam Okafor plays Ivo in the drama.",
            f"{lead}{words}{'”' if lead.endswith('“') else chr(34)} We love it.",
        )
        assert not found[words][1], lead


def test_a_favourite_of_a_parts_best_lines_is_held() -> None:
    for lead, words in (
        ("and she gets all the best lines. Our favourite: “", "Money is for people with time."),
        ("and he has the funniest lines by far. My favourite: “", "I only swim on Tuesdays."),
    ):
        found = quote_speakers(
            "The first trailer for Copper Bay arrived on Tuesday.",
            f"Rosa Vint plays the aunt, Dame Perpetua Hale, {lead}{words}” Vint has said she "
            "“loved every minute of it” in an interview.",
        )
        assert not found[words][1], lead
        assert found["loved every minute of it"] == ("Rosa Vint", True)


def test_a_best_line_someone_told_an_audience_stays_served() -> None:
    found = quote_speakers(
        "Copper Bay held its premiere in Leeds on Tuesday.",
        "The best line of the night came from Rosa Vint when she told the crowd: “I owe my "
        "mum a boat.”",
    )
    assert found["I owe my mum a boat."][1]
