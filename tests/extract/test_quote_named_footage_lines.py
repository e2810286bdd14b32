"""A part saying "the line" a trailer or a teaser is known for is held, not served as a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_part_saying_the_line_that_became_a_caption() -> None:
    found = facts(
        "The full trailer for Gullstone Quay arrived this morning.",
        "It closes with Marlo Pennick and Jory on the harbour wall at dusk, and Jory saying the "
        "line that fans have already printed on mugs: “We never really leave the quay.”",
    )
    assert served_quotes(found) == []


def test_a_part_delivering_the_one_line_everyone_quotes() -> None:
    found = facts(
        "Netflix has released a teaser for Brackenmoor.",
        "The teaser is mostly fog and lamplight, with the keeper delivering the one line "
        "everyone is quoting by lunchtime, “Keep the lamp lit for me.”",
    )
    assert served_quotes(found) == []


def test_the_clip_ending_on_a_part_saying_the_line() -> None:
    found = facts(
        "A first clip from Saltmarsh Hollow is out.",
        "The clip ends on Wren saying the line from the book that readers begged for: “Stay, "
        "just this once.”",
    )
    assert served_quotes(found) == []


def test_a_named_person_quoted_after_a_trailer_is_still_served() -> None:
    found = facts(
        "The full trailer for Gullstone Quay arrived this morning.",
        "Director Pell Amadi-Vance, who cut the trailer herself, said: “We wanted the line "
        "everyone remembers to come last.”",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Pell Amadi-Vance"]


def test_footage_named_away_from_its_opening_voice() -> None:
    for line in (
        "The trailer is bleak. It opens on his voice over a black screen: “Nobody crosses after "
        "dark.”",
        "The trailer, released on Monday, opens on his voice over a black screen: “Nobody "
        "crosses after dark.”",
    ):
        found = facts("Lumen has shared a trailer for Brackenmoor, starring Tom Vale.", line)
        assert served_quotes(found) == [], line
